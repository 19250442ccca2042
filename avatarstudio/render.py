"""SVG -> pixels. With the GUI, the only place that imports Qt.

Rasteriser: Qt's QSvgRenderer, chosen by measurement (bench/bench.py, whole avatar at 512 px):
QtSvg ~11-13 ms into raw pixels, against ~15 ms for the resvg binding on PyPI, which returns PNG
bytes that must then be decoded again before compositing; QtSvg also comes with PySide6, so it adds
no binary. QtSvg cannot draw clipPath, mask, filter or text; the pack format and the sanitizer refuse
those, so every part renders here as it does in the artist's editor.

Each layer is rendered once per (layer SVG text, size) and kept in a bounded LRU cache; an avatar
is the cached layers composited with QPainter. One Renderer per thread (QSvgRenderer must not be
shared across threads); batch work uses processes.
"""

from __future__ import annotations

import os
import time
from collections import OrderedDict
from dataclasses import dataclass

os.environ.pop("QT_SVG_ASSUME_TRUSTED_SOURCE", None)

from PIL import Image
from PySide6.QtCore import QByteArray, QRectF
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
    def __init__(self, cache_megabytes: int = 256) -> None:
        self._cache: OrderedDict[tuple[str, int, int], QImage] = OrderedDict()
        self._cache_bytes = 0
        self._budget = cache_megabytes * 1024 * 1024
        self.timings = Timings()

    def _layer(self, svg: str, width: int, height: int) -> QImage:
        key = (svg, width, height)
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
            self.timings.cached_layers += 1
            return image
        start = time.perf_counter()
        renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
        if not renderer.isValid():
            raise ValueError("layer SVG could not be parsed by the renderer")
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        if image.isNull():
            raise MemoryError(f"cannot allocate a {width}x{height} layer image")
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        renderer.render(painter, QRectF(0, 0, width, height))
        painter.end()
        self.timings.render += time.perf_counter() - start
        self.timings.rendered_layers += 1
        self._cache[key] = image
        self._cache_bytes += width * height * 4
        while self._cache_bytes > self._budget and len(self._cache) > 1:
            (_, w, h), _ = self._cache.popitem(last=False)
            self._cache_bytes -= w * h * 4
        return image

    def _bounded_layer(self, layer: LayerSvg, width: int, height: int) -> QImage:
        """A layer of a pack that is not built in: drawn in a worker process under a time limit (bounded.py)."""
        from . import bounded

        key = (layer.svg, width, height)
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
            self.timings.cached_layers += 1
            return image
        start = time.perf_counter()
        image = bounded.render_layer(f"parts/{layer.layer}/{layer.part}.svg", layer.svg, width, height)
        self.timings.render += time.perf_counter() - start
        self.timings.rendered_layers += 1
        self._cache[key] = image
        self._cache_bytes += width * height * 4
        while self._cache_bytes > self._budget and len(self._cache) > 1:
            (_, w, h), _ = self._cache.popitem(last=False)
            self._cache_bytes -= w * h * 4
        return image

    def render_qimage(self, layers: list[LayerSvg], width: int, height: int | None = None) -> QImage:
        """Composite the layers at ``width`` x ``height`` (premultiplied ARGB32)."""
        height = height or width
        if not (1 <= width <= MAX_SIDE and 1 <= height <= MAX_SIDE):
            raise ValueError(f"image size must be 1..{MAX_SIDE} px per side, not {width}x{height}")
        images = [
            self._bounded_layer(layer, width, height)
            if layer.bounded
            else self._layer(layer.svg, width, height)
            for layer in layers
        ]
        start = time.perf_counter()
        out = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        if out.isNull():
            raise MemoryError(f"cannot allocate a {width}x{height} image")
        out.fill(0)
        painter = QPainter(out)
        for image in images:
            painter.drawImage(0, 0, image)
        painter.end()
        self.timings.composite += time.perf_counter() - start
        return out

    def render(self, layers: list[LayerSvg], width: int, height: int | None = None) -> Image.Image:
        """Composite the layers and return a Pillow RGBA image (straight alpha), carrying no metadata."""
        height = height or width
        return qimage_to_pil(self.render_qimage(layers, width, height))

    def clear(self) -> None:
        self._cache.clear()
        self._cache_bytes = 0


def qimage_to_pil(image: QImage) -> Image.Image:
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    width, height, stride = rgba.width(), rgba.height(), rgba.bytesPerLine()
    data = bytes(rgba.constBits())  # copy while ``rgba`` is alive
    return Image.frombuffer("RGBA", (width, height), data, "raw", "RGBA", stride, 1).copy()


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
