"""Colour edits in the studio's preview without drawing SVG.

A picture is a linear function of its colours: every shape is a colour times a coverage, and
source-over compositing (premultiplied) adds and attenuates those terms without ever looking at the
colour itself. So for a fixed set of shapes (the parts, transforms, sliders, expression and pose of a
design: its geometry), the preview is

    picture = K + sum over each colour m of W_m * colour_m

where K is the picture with every slot colour black (and the fixed colours of the art as drawn) and
W_m (one number per pixel) is how much of colour m reaches that pixel through everything above it.
A colour edit then costs a few multiply-adds over the pixels that colour reaches, not a QtSvg draw of
every layer using it (the skin is in 6-9 layers: ~15-20 ms of SVG).

K and W are measured with QtSvg itself: each layer's shapes (``compose_layers(keep_colours=True)``)
are drawn once with every colour black and then with up to three colours at a time set to pure red,
green and blue; W_m is the channel's rise over the black picture. Those draws are at 16 bits a channel
(Format_RGBA64_Premultiplied), so the weights carry no 8-bit rounding; the layers are then composited
top-down in float. Against the studio's exact preview (each layer drawn at 8 bits and composited with
QPainter) the result differs by at most a few levels in a handful of edge pixels, which is the same
order as the exact preview's own difference from an export (tests/gui/test_recolour.py measures both).
Exports never use this: they draw the exact SVG (render.py).

Per-layer measurements are kept by (layer shapes, size) in a bounded LRU, so a part change remeasures
only the changed layer; the composite weights (a ``Frame``) are rebuilt for each new geometry. Both are
built in small steps in idle time (``Recolour.build`` is a generator), never while the user drags.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass

import numpy as np
from PySide6.QtGui import QImage

from ..core.compose import Tone, colour_markers, paint
from ..render import _draw

Marker = tuple[str, str]  # (slot, role)
Box = tuple[int, int, int, int]  # top, bottom, left, right
PROBES = ("#ff0000", "#00ff00", "#0000ff")  # three colours measured in one draw, one per channel
BLACK = "#000000"
MAX_SIDE = 1024  # above this the float planes (16 bytes a pixel, several of them) cost too much memory
REFRESH_EVERY = 256  # colour edits between recomputing the float picture from K and W (no drift)


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16)


def _planes(svg: str, side: int, box: Box | None = None) -> tuple[Box | None, np.ndarray | None]:
    """``svg`` drawn at 16 bits a channel: (box, planes), the planes (4, h, w) float32, premultiplied
    R, G, B, A in 0..255 inside ``box`` (top, bottom, left, right); without ``box``, inside the box
    around the visible pixels ((None, None) when none is). Only the box is converted to float."""
    image = _draw(svg, side, side, QImage.Format.Format_RGBA64_Premultiplied)
    words = np.frombuffer(image.constBits(), np.uint16).reshape(side, image.bytesPerLine() // 8, 4)[:, :side]
    if box is None:
        alpha = words[..., 3]
        rows, cols = np.nonzero(alpha.any(axis=1))[0], np.nonzero(alpha.any(axis=0))[0]
        if len(rows) == 0:
            return None, None
        box = (int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1)
    top, bottom, left, right = box
    return box, np.moveaxis(words[top:bottom, left:right], 2, 0).astype(np.float32) * np.float32(1 / 257)


def _probing(probes: dict[Marker, str]) -> Tone:
    """The tone of a probe draw: the probed markers pure red, green and blue, every other one black."""
    return lambda slot, role: probes.get((slot, role), BLACK)


@dataclass
class LayerWeights:
    """One layer measured: ``box`` (top, bottom, left, right) around its visible pixels, ``base`` the
    layer with every marker black (4 planes inside the box), ``weights`` each marker's coverage."""

    box: tuple[int, int, int, int] | None
    base: np.ndarray | None
    weights: dict[Marker, np.ndarray]

    @property
    def nbytes(self) -> int:
        return (0 if self.base is None else self.base.nbytes) + sum(w.nbytes for w in self.weights.values())


def measure(svg: str, side: int) -> Generator[None, None, LayerWeights]:
    """Measure one layer given with its colours as markers (compose_layers keep_colours=True), in steps:
    it yields between its draws (1 + n/3 for n colours), so idle work holds the GUI thread for one draw
    at a time; the generator returns the layer's weights."""
    markers = colour_markers(svg)
    box, base = _planes(paint(svg, _probing({})), side)
    if box is None or base is None:
        return LayerWeights(None, None, {})
    weights = {}
    for start in range(0, len(markers), len(PROBES)):
        yield
        group = markers[start : start + len(PROBES)]
        _, probe = _planes(paint(svg, _probing(dict(zip(group, PROBES, strict=False)))), side, box)
        assert probe is not None
        for channel, marker in enumerate(group):
            weights[marker] = (probe[channel] - base[channel]) * np.float32(1 / 255)
    return LayerWeights(box, base, weights)


class Frame:
    """The composite weights of one geometry at one size: colour edits of it become pictures."""

    def __init__(self, side: int, shapes: list[str], layers: list[LayerWeights], *, stepwise: bool = False):
        """Built at once, or with ``stepwise`` by running ``self.steps`` to its end (a step per layer)."""
        self.side, self.shapes = side, shapes
        self.steps = self._build(layers)
        if not stepwise:
            for _ in self.steps:
                pass

    def _build(self, layers: list[LayerWeights]) -> Iterator[None]:
        side = self.side
        k = np.zeros((4, side, side), np.float32)
        reach: dict[Marker, tuple[int, int, int, int]] = {}  # each marker's box: top, bottom, left, right
        for layer in layers:  # first the box each marker reaches, so its weights are kept only there
            if layer.box is None:
                continue
            t, b, left, r = layer.box
            for marker in layer.weights:
                box = reach.get(marker, layer.box)
                reach[marker] = (min(box[0], t), max(box[1], b), min(box[2], left), max(box[3], r))
        weights = {m: np.zeros((b[1] - b[0], b[3] - b[2]), np.float32) for m, b in reach.items()}
        through = np.ones((side, side), np.float32)  # how much of a lower layer shows through
        for layer in reversed(layers):  # top first
            if layer.box is None or layer.base is None:
                continue
            top, bottom, left, right = layer.box
            seen = through[top:bottom, left:right]
            k[:, top:bottom, left:right] += seen * layer.base
            for marker, weight in layer.weights.items():
                mt, _, ml, _ = reach[marker]
                weights[marker][top - mt : bottom - mt, left - ml : right - ml] += seen * weight
            seen *= 1 - layer.base[3] * np.float32(1 / 255)
            yield
        self.k = k
        self.weights = {m: (reach[m], weights[m]) for m in reach}
        self.picture = k.copy()  # the float picture for ``self.colours``
        self.colours: dict[Marker, tuple[int, int, int]] = dict.fromkeys(self.weights, (0, 0, 0))
        self.pixels = np.zeros((side, side, 4), np.uint8)  # premultiplied ARGB32 (B, G, R, A in memory)
        self._edits = 0
        self._store((0, side, 0, side))

    def _store(self, box: tuple[int, int, int, int]) -> None:
        top, bottom, left, right = box
        picture = self.picture[:, top:bottom, left:right]
        alpha = np.clip(np.rint(picture[3]), 0, 255)
        out = self.pixels[top:bottom, left:right]
        out[..., 3] = alpha
        for plane, byte in ((0, 2), (1, 1), (2, 0)):  # R, G, B planes into ARGB32's bytes
            out[..., byte] = np.minimum(np.clip(np.rint(picture[plane]), 0, 255), alpha)

    def recolour(self, tone: Tone) -> QImage | None:
        """The picture with the colours ``tone`` gives; None when none of this frame's colours changed."""
        new = {m: _rgb(tone(*m)) for m in self.weights}
        changed = [m for m, rgb in new.items() if rgb != self.colours[m]]
        if not changed:
            return None
        self._edits += 1
        if self._edits % REFRESH_EVERY == 0:  # from K and W again, so float rounding never adds up
            self.picture = self.k.copy()
            self.colours = dict.fromkeys(self.weights, (0, 0, 0))
            changed = list(self.weights)
        box = [self.side, 0, self.side, 0]
        for marker in changed:
            (top, bottom, left, right), weight = self.weights[marker]
            for plane, (now, before) in enumerate(zip(new[marker], self.colours[marker], strict=True)):
                if now != before:
                    self.picture[plane, top:bottom, left:right] += weight * np.float32(now - before)
            self.colours[marker] = new[marker]
            box = [min(box[0], top), max(box[1], bottom), min(box[2], left), max(box[3], right)]
        if box[0] < box[1] and box[2] < box[3]:
            self._store((box[0], box[1], box[2], box[3]))
        image = QImage(
            self.pixels.data, self.side, self.side, self.side * 4, QImage.Format.Format_ARGB32_Premultiplied
        )
        return image.copy()  # its own pixels: ``self.pixels`` changes with the next edit


class Recolour:
    """Per-layer measurements (bounded LRU) and the frame of the geometry last built."""

    def __init__(self, cache_megabytes: int = 96) -> None:
        self._layers: OrderedDict[tuple[str, int], LayerWeights] = OrderedDict()
        self._bytes = 0
        self._budget = cache_megabytes * 1024 * 1024
        self.frame: Frame | None = None

    def ready(self, shapes: list[str], side: int) -> Frame | None:
        frame = self.frame
        return frame if frame is not None and frame.side == side and frame.shapes == shapes else None

    def build(self, shapes: list[str], side: int, tone: Callable[[], Tone]) -> Iterator[None]:
        """Measure the layers not yet measured, one draw per step, then make the frame (set ``self.frame``)
        and bring it to the colours ``tone()`` gives at that moment."""
        if self.ready(shapes, side) is not None or not 1 <= side <= MAX_SIDE:
            return
        layers = []
        for svg in shapes:
            key = (svg, side)
            layer = self._layers.get(key)
            if layer is None:
                layer = yield from measure(svg, side)
                self._keep(key, layer)
                yield
            else:
                self._layers.move_to_end(key)
            layers.append(layer)
        frame = Frame(side, shapes, layers, stepwise=True)
        yield from frame.steps
        yield
        frame.recolour(tone())
        self.frame = frame

    def _keep(self, key: tuple[str, int], layer: LayerWeights) -> None:
        self._layers[key] = layer
        self._bytes += layer.nbytes
        while self._bytes > self._budget and len(self._layers) > 1:
            _, old = self._layers.popitem(last=False)
            self._bytes -= old.nbytes
