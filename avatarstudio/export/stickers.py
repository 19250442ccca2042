"""Sticker and emoji images: posed chibi figures with captions, and close-up faces, outlined and fitted.

A sticker is an *intent* (see :mod:`chibi`): the figure posed for it, rendered once per kit build
(``FigureCache``), laid out on each platform's canvas with its caption (``layout``). The figure fills the
canvas (its legs may leave it); the caption sits beside the face over one side of the body, or below the
face over the legs, or on the sign the figure holds, and never covers the face; a caption that does not
fit is refused (:mod:`captions`). Packs take intents in conversational order (``pick_intents``). Emoji are
close-ups of the faces of the same intents' expressions (a face reads at 22 px; a body does not).

The white outline advised by WhatsApp (8 px white stroke, docs/platforms.md §17) and Telegram
("white stroke", §16) is a dilation of the alpha channel by a disc (numpy, exact and deterministic),
softened by one pixel so the edge is anti-aliased.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
from PIL import Image, ImageFilter

from ..core.compose import LayerSvg, View, compose_layers
from ..core.design import Design
from ..core.errors import ExportError
from ..core.pack import Pack
from ..core.presets import FRAMINGS
from . import captions
from .chibi import (
    BOX,
    GESTURE,
    MOVING_ARM,
    FigureKit,
    Intent,
    face_box,
    figure_layers,
    load_figure_kit,
    to_pixels,
)
from .raster import dilate, downscale

# the master render (px square) of each framing ArtCache draws; every fitting of it is a downscale. A
# close-up feeds emoji, tabs, tray icons and thumbnails (the largest, LINE's emoji, is 180 px): ~2x that.
# The bust feeds the banners' avatars (up to ~850 px).
MASTER_SIZE = {"close": 384, "bust": 768}
FIGURE_HEIGHT = 720  # master render of a posed figure; every sticker is a downscale of it
CLOSED_EYES = "closed"  # the eyes part of a blink frame
CAPTION_SHARE = 0.48  # the caption may take at most this share of the canvas height
# a caption's type size on a sticker shown 96 px tall (LINE's smallest chat size) never goes under this:
# kana and kanji are then about 14 px tall, Latin capitals 11 px
CAPTION_MIN_AT_96 = 15
CAPTION_SMALLEST = CAPTION_MIN_AT_96 / 96  # of the canvas height
CAPTION_LARGEST = (0.2, 0.17)  # caption size (share of the canvas height) of one line, of two or more
CAPTION_GOOD = 0.165  # the figure shrinks a little rather than take a caption smaller than this
FIGURE_KEEP = 0.78  # this share of the figure (from the top: head, arms, hands) stays on the canvas
FACE_GAP = 2  # px between the face (or the gesture) and the caption's halo
CAPTION_CUT = 0.55  # the figure ends this far down the caption block (its feet never peek out below)
# the caption may reach into the lowest share of the gesture's box (the elbows and forearms under hands
# held at the chest, the foot of an X), never higher: the hands and the shape they make stay in view
GESTURE_COVER = 0.2
GESTURE_SHRINK = 4  # the gesture's layers are measured at 1/4 of the figure's master size (cheap)


class ArtCache:
    """Master renders keyed by (expression, framing), shared by every platform of one kit build."""

    def __init__(self, pack: Pack, design: Design, renderer) -> None:
        self.pack, self.design, self.renderer = pack, design, renderer
        self._cache: dict[tuple, Image.Image] = {}

    def art(self, expression: str | None, framing: str) -> Image.Image:
        key = (expression, framing)
        if key not in self._cache:
            view = View(box=FRAMINGS[framing], background=False, expression=expression)
            side = MASTER_SIZE[framing]
            image = self.renderer.render(compose_layers(self.pack, self.design, view), side, side)
            self._cache[key] = trim(image)
        return self._cache[key]

    def drop(self, expression: str | None, framing: str) -> None:
        """Forget one master (the kit has made everything it needs of it); asked for again, it is drawn
        again, the same pixels."""
        self._cache.pop((expression, framing), None)


def trim(image: Image.Image) -> Image.Image:
    """Crop to the bounding box of visible pixels (alpha > 0)."""
    box = image.getchannel("A").getbbox()
    if box is None:
        return Image.new("RGBA", (1, 1), (0, 0, 0, 0))
    return image.crop(box)


def outline(image: Image.Image, width: int, colour: tuple[int, int, int] = (255, 255, 255)) -> Image.Image:
    """``image`` (with ``width`` px of free border) over a ``colour`` silhouette dilated by ``width``."""
    if width <= 0:
        return image
    alpha = np.asarray(image.getchannel("A"))
    grown = dilate((alpha >= 128).astype(np.uint8) * 255, width)
    mask = Image.fromarray(grown, "L").filter(ImageFilter.GaussianBlur(0.7))
    mask = Image.fromarray(np.maximum(np.asarray(mask), alpha), "L")
    base = Image.new("RGBA", image.size, colour + (0,))
    base.putalpha(mask)
    return Image.alpha_composite(base, image)


def fit(
    art: Image.Image,
    canvas: tuple[int, int],
    *,
    margin: int = 0,
    outline_px: int = 0,
    anchor: str = "centre",
    colour: tuple[int, int, int] = (255, 255, 255),
) -> Image.Image:
    """Scale ``art`` to fit ``canvas`` minus ``margin`` and outline on every side; return the canvas."""
    cw, ch = canvas
    room_w, room_h = cw - 2 * (margin + outline_px), ch - 2 * (margin + outline_px)
    scale = min(room_w / art.width, room_h / art.height)
    w, h = max(1, round(art.width * scale)), max(1, round(art.height * scale))
    art = downscale(art, (w, h))
    padded = Image.new("RGBA", (w + 2 * outline_px, h + 2 * outline_px), (0, 0, 0, 0))
    padded.paste(art, (outline_px, outline_px))
    padded = outline(padded, outline_px, colour)
    out = Image.new("RGBA", (cw, ch), (0, 0, 0, 0))
    x = (cw - padded.width) // 2
    y = (ch - padded.height) // 2 if anchor == "centre" else ch - margin - padded.height
    out.alpha_composite(padded, (x, y))
    return out


# --- posed figures ------------------------------------------------------------------------------------
def pick_intents(kit: FigureKit, count: int) -> list[Intent]:
    """The first ``count`` intents in conversational order (8: thanks, OK, sorry, hello, ...)."""
    if not 1 <= count <= len(kit.intents):
        raise ExportError(f"a sticker pack holds 1-{len(kit.intents)} stickers (one per intent), not {count}")
    return kit.intents[:count]


@dataclass
class Figure:
    image: Image.Image  # trimmed to the figure
    face: tuple[float, float, float, float]  # the face in image pixels
    board: tuple[float, float, float, float] | None  # where a sign's caption goes, image pixels
    # the part of the posed hands, arms and prop no caption covers, image px (FigureCache._gesture)
    gesture: tuple[float, float, float, float] | None = None
    crop: tuple[int, int, int, int] = (0, 0, 0, 0)  # ``image`` within the master render (render_size)
    render_size: tuple[int, int] = (0, 0)


class FigureCache:
    """One master render per (intent, eyes), shared by every platform of one kit build."""

    def __init__(self, pack: Pack, design: Design, renderer) -> None:
        self.pack, self.design, self.renderer = pack, design, renderer
        self.kit = load_figure_kit(pack)
        self._figures: dict[tuple, Figure] = {}
        self._crop: dict[str, tuple[int, int, int, int]] = {}
        # per intent id: the gesture box, the same for every eyes and arm variant (kept through drop)
        self._gestures: dict[str, tuple[float, float, float, float] | None] = {}
        self._made: dict[tuple, list[LayerSvg]] = {}  # (intent id, eyes, arm) -> its layers (_layers)

    def figure(self, intent: Intent, eyes: str | None = None, arm: float = 0.0) -> Figure:
        """The figure of ``intent`` (closed ``eyes`` for a blink, the moving ``arm`` turned by degrees),
        cropped like its still so that frames line up."""
        key = (intent.id, eyes, arm)
        if key not in self._figures and (eyes, arm) != (None, 0.0):
            self.figure(intent)  # the still first: every variant takes its crop
        if key not in self._figures:
            w = round(FIGURE_HEIGHT * BOX[2] / BOX[3])
            size = (w, FIGURE_HEIGHT)
            image = self._render(intent, eyes, arm, size)
            pose = self.kit.poses[intent.pose]
            sign = None
            if pose.caption_box:
                bx, by, bw, bh = pose.caption_box
                (px0, py0), (px1, py1) = to_pixels((bx, by), size), to_pixels((bx + bw, by + bh), size)
                sign = (px0, py0, px1, py1)
            if intent.id not in self._crop:  # the still (see above)
                # the figure and the sign's caption box: whatever is fitted to a canvas's safe box is
                # inside this crop, so nothing drawn on the sticker reaches into its margin
                box = image.getchannel("A").getbbox() or (0, 0, w, FIGURE_HEIGHT)
                for turn in (-pose.swing, pose.swing) if pose.moving_arm else ():
                    # the crop holds the arm's whole swing, so no frame of a wave is cut
                    other = self._arm_box(intent, turn, size) or box
                    box = (
                        min(box[0], other[0]),
                        min(box[1], other[1]),
                        max(box[2], other[2]),
                        max(box[3], other[3]),
                    )
                if sign is not None:
                    box = (
                        min(box[0], math.floor(sign[0])),
                        min(box[1], math.floor(sign[1])),
                        max(box[2], math.ceil(sign[2])),
                        max(box[3], math.ceil(sign[3])),
                    )
                self._crop[intent.id] = box
            x0, y0, x1, y1 = self._crop[intent.id]
            fx0, fy0 = to_pixels(face_box(pose)[:2], size)
            fx1, fy1 = to_pixels(face_box(pose)[2:], size)
            board = None if sign is None else (sign[0] - x0, sign[1] - y0, sign[2] - x0, sign[3] - y0)
            if intent.id not in self._gestures:
                self._gestures[intent.id] = self._gesture(intent, size)
            gesture = self._gestures[intent.id]
            if gesture is not None:
                gesture = (gesture[0] - x0, gesture[1] - y0, gesture[2] - x0, gesture[3] - y0)
            self._figures[key] = Figure(
                image.crop((x0, y0, x1, y1)),
                (fx0 - x0, fy0 - y0, fx1 - x0, fy1 - y0),
                board,
                gesture,
                (x0, y0, x1, y1),
                size,
            )
        return self._figures[key]

    def _arm_box(self, intent: Intent, arm: float, size: tuple[int, int]) -> tuple[int, int, int, int] | None:
        """The visible box of the moving arm alone, turned by ``arm`` degrees, at ``size``. With the
        still's box it is the box of the whole figure at that turn (exactly: its other layers are the
        still's, and a pixel of the joined draw is visible where any layer's is), for one small draw
        instead of the whole figure."""
        layers = [layer for layer in self._layers(intent, None, arm) if layer.layer == MOVING_ARM]
        return self.renderer.render(layers, *size).getchannel("A").getbbox() if layers else None

    def _gesture(self, intent: Intent, size: tuple[int, int]) -> tuple[float, float, float, float] | None:
        """The box no caption covers for the intent's gesture, in master pixels: the still's posed arms,
        hands and prop but their lowest ``GESTURE_COVER`` (elbows, forearms; a pose may say otherwise), and a moving arm's whole
        swing. Measured on small renders of those layers only; None when the arms only hang at the sides."""
        pose = self.kit.poses[intent.pose]
        small = (max(1, size[0] // GESTURE_SHRINK), max(1, size[1] // GESTURE_SHRINK))
        boxes = []
        # (moving arm turn, layers, share kept) for the still and for each turn of a moving arm
        cover = GESTURE_COVER if pose.cover is None else pose.cover
        renders = [(0.0, tuple(g for g in GESTURE if g != MOVING_ARM), 1.0 - cover)]
        if pose.moving_arm:
            renders += [(arm, (MOVING_ARM,), 1.0) for arm in (0.0, -pose.swing, pose.swing)]
        for arm, ids, kept in renders:
            figure = self._layers(intent, None, arm)
            layers = [layer for layer in figure if layer.layer in ids]
            if layers:
                alpha = self.renderer.render(layers, *small).getchannel("A")
                box = alpha.point(lambda a: 255 if a >= 96 else 0).getbbox()
                if box:
                    boxes.append((box[0], box[1], box[2], box[1] + kept * (box[3] - box[1])))
        if not boxes:
            return None
        kx, ky = size[0] / small[0], size[1] / small[1]
        x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
        x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
        return x0 * kx, y0 * ky, x1 * kx, y1 * ky

    def drop(self, intent_id: str) -> None:
        """Forget the renders of ``intent_id`` once a kit has made every sticker of it (~2.5 MB each);
        asked for again, it is drawn again, the same pixels."""
        for key in [k for k in self._figures if k[0] == intent_id]:
            del self._figures[key]
        for key in [k for k in self._made if k[0] == intent_id]:
            del self._made[key]

    def _render(self, intent: Intent, eyes: str | None, arm: float, size: tuple[int, int]) -> Image.Image:
        return self.renderer.render(self._layers(intent, eyes, arm), *size)

    def _layers(self, intent: Intent, eyes: str | None, arm: float) -> list[LayerSvg]:
        """The figure's layers, made once for its render, its gesture box and its arm's boxes (each
        asks for the still's or a swing's layers: ~1.3 ms of colour filling a call)."""
        key = (intent.id, eyes, arm)
        layers = self._made.get(key)
        if layers is None:
            layers = self._made[key] = figure_layers(
                self.pack, self.design, self.kit, intent, eyes=eyes, arm=arm
            )
        return layers


@dataclass
class Layout:
    """A sticker's placement on its canvas: the scaled, outlined figure and the caption block."""

    canvas: tuple[int, int]
    scale: float
    figure_xy: tuple[int, int]  # top-left of the outlined figure
    figure: Image.Image  # scaled and outlined
    caption: Image.Image | None
    caption_xy: tuple[int, int]
    face: tuple[float, float, float, float]  # on the canvas
    outline_px: int
    colour: tuple[int, int, int]
    cut: int | None = None  # the figure's height in image pixels kept above the caption (None: whole)
    # the part of the posed hands, arms and prop no caption covers, on the canvas (FigureCache._gesture)
    gesture: tuple[float, float, float, float] | None = None
    caption_size: int = 0  # the caption's type size, px

    def place(self, figure: Figure) -> Image.Image:
        """Another render of the same figure (a blink or wave frame) cut, scaled and outlined like this
        one, so that it lines up pixel for pixel."""
        return _scaled(figure.image, self.scale, self.outline_px, self.colour, self.cut)

    def frame(self, figure: Image.Image | None = None, *, dx: int = 0, dy: int = 0) -> Image.Image:
        out = Image.new("RGBA", self.canvas, (0, 0, 0, 0))
        fx, fy = self.figure_xy
        _paste(out, figure or self.figure, fx + dx, fy + dy)
        if self.caption is not None:
            _paste(out, self.caption, *self.caption_xy)
        return out

    @property
    def caption_box(self) -> tuple[int, int, int, int] | None:
        if self.caption is None:
            return None
        x, y = self.caption_xy
        return x, y, x + self.caption.width, y + self.caption.height


def _paste(out: Image.Image, image: Image.Image, x: int, y: int) -> None:
    """alpha_composite that tolerates images reaching past the canvas edge (moving frames)."""
    sx0, sy0 = max(0, -x), max(0, -y)
    sx1, sy1 = min(image.width, out.width - x), min(image.height, out.height - y)
    if sx1 > sx0 and sy1 > sy0:
        out.alpha_composite(image, (x + sx0, y + sy0), (sx0, sy0, sx1, sy1))


def _scaled(image: Image.Image, scale: float, outline_px: int, colour, cut: int | None = None) -> Image.Image:
    """``image`` (its top ``cut`` rows when given) scaled by ``scale`` and outlined."""
    height = cut or image.height
    w, h = max(1, round(image.width * scale)), max(1, round(height * scale))
    art = downscale(image, (w, h), (0, 0, image.width, height))
    padded = Image.new("RGBA", (w + 2 * outline_px, h + 2 * outline_px), (0, 0, 0, 0))
    padded.paste(art, (outline_px, outline_px))
    return outline(padded, outline_px, colour)


def layout(
    figure: Figure,
    caption: str,
    canvas: tuple[int, int],
    *,
    margin: int,
    outline_px: int,
    ink: tuple[int, int, int],
    where: str,
    colour: tuple[int, int, int] = (255, 255, 255),
) -> Layout:
    """Lay out ``figure`` and ``caption`` on ``canvas``: the caption on the sign the figure holds, or where
    the pose leaves room (never over the face or the gesture), at a size that reads at chat size."""
    cw, ch = canvas
    pad = margin + outline_px
    room_w, room_h = cw - 2 * pad, ch - 2 * pad
    art = figure.image
    caption = caption.strip()
    text_image = None
    text_xy = (0, 0)
    size = 0
    on_board = None
    if caption and figure.board is not None:
        on_board = _board_caption(figure, caption, canvas, pad, where)
    if on_board is not None or not caption:
        # a sign's figure, or one without words, fills the canvas: its legs past the bottom edge, a sign whole
        shown = FIGURE_KEEP * art.height
        if figure.board is not None:
            shown = max(shown, figure.board[3])
        scale = min(room_w / art.width, room_h / shown)
        fx, fy = (cw - round(art.width * scale)) // 2 - outline_px, pad - outline_px
        kept: int | None = math.floor(room_h / scale)
        if on_board is not None:
            text, size = on_board
            text_image = captions.render(text, size, ink)
            bx0, by0, bx1, by1 = (v * scale for v in figure.board)
            ox, oy = fx + outline_px, fy + outline_px
            text_xy = (
                round(ox + (bx0 + bx1) / 2 - text_image.width / 2),
                round(oy + (by0 + by1) / 2 - text_image.height / 2),
            )
    else:
        # words too long for a sign go over it: the sign is not a gesture to keep clear then
        free = figure if figure.board is None else replace(figure, gesture=None)
        scale, fx, text, size, (cx, cy), kept = _big_figure(free, caption, canvas, pad, outline_px, where)
        fy = pad - outline_px
        text_image = captions.render(text, size, ink)
        text_xy = (cx - text_image.width // 2, cy - text_image.height)
    if kept is not None and kept >= art.height:
        kept = None
    scaled = _scaled(art, scale, outline_px, colour, kept)
    ox, oy = fx + outline_px, fy + outline_px
    face = (
        figure.face[0] * scale + ox,
        figure.face[1] * scale + oy,
        figure.face[2] * scale + ox,
        figure.face[3] * scale + oy,
    )
    gesture = figure.gesture and (
        figure.gesture[0] * scale + ox,
        figure.gesture[1] * scale + oy,
        figure.gesture[2] * scale + ox,
        figure.gesture[3] * scale + oy,
    )
    if text_image is not None:
        text_image = outline(_pad(text_image, outline_px), outline_px, colour)
        text_xy = (text_xy[0] - outline_px, text_xy[1] - outline_px)
    return Layout(
        canvas, scale, (fx, fy), scaled, text_image, text_xy, face, outline_px, colour, kept, gesture, size
    )


def smallest_caption(canvas_height: int) -> int:
    """The smallest caption size (px) on a canvas this tall: CAPTION_MIN_AT_96 when shown 96 px tall."""
    return math.ceil(canvas_height * CAPTION_SMALLEST)


def _board_caption(figure: Figure, caption: str, canvas, pad: int, where: str):
    """(text, size) of the caption written on the figure's sign where it fits there at a size that reads;
    None when it does not (it then goes under the face like any caption, over the board)."""
    cw, ch = canvas
    art = figure.image
    shown = max(FIGURE_KEEP * art.height, figure.board[3])
    scale = min((cw - 2 * pad) / art.width, (ch - 2 * pad) / shown)
    bx0, by0, bx1, by1 = (v * scale for v in figure.board)
    room = (round(bx1 - bx0), round(by1 - by0))
    smallest = smallest_caption(ch)
    for text in _line_options(caption):
        try:
            largest = max(smallest, round(min(room[1] * 0.55, ch * CAPTION_LARGEST[0])))
            return text, captions.fit_size(text, room, largest, smallest, where)
        except captions.CaptionTooLong:
            continue
    captions.check_text(caption, where)  # too many lines or characters anywhere: refused
    return None


def _line_options(caption: str) -> list[str]:
    """The caption as written, then broken into two lines (where the author gave one)."""
    split = captions.two_lines(caption)
    return [caption] if split is None else [caption, split]


def _caption_place(figure, text, canvas, pad, outline_px, scale, sizes):
    """(caption size, figure x, caption centre x) of the largest caption ``text`` that fits at the bottom
    of the canvas at ``scale`` clear of the face and of the gesture (the figure centred, or at the left
    or right); None when none fits. The caption may cover the body, the legs and arms hanging at the side.
    """
    cw, ch = canvas
    art = figure.image
    bottom = ch - pad
    share = round((ch - 2 * pad) * CAPTION_SHARE)
    edge = 2 * outline_px  # the caption's white outline, both sides
    w = art.width * scale
    keep = [figure.face] + ([figure.gesture] if figure.gesture else [])
    xs = ((cw - w) / 2, pad, cw - pad - w)

    def place(tw: float, th: float) -> tuple[float, float] | None:
        """(figure x, caption centre x) of a caption block ``tw`` x ``th`` (halo included), or None."""
        tw, th = tw + edge, th + edge
        if th > share:
            return None
        top = bottom - th
        for x in xs:
            # what the caption's band may not cover: the parts of the face and gesture reaching into it
            blocks = sorted(
                (x + b[0] * scale - FACE_GAP, x + b[2] * scale + FACE_GAP)
                for b in keep
                if pad + b[3] * scale + FACE_GAP > top
            )
            free, start = [], pad
            for b0, b1 in blocks:
                free.append((start, b0))
                start = max(start, b1)
            free.append((start, cw - pad))
            fits = [(a, b) for a, b in free if b - a >= tw]
            if fits:
                a, b = min(fits, key=lambda ab: abs((ab[0] + ab[1]) / 2 - cw / 2))
                return x, min(max(cw / 2, a + tw / 2), b - tw / 2)
        return None

    size = captions.largest_size(text, lambda tw, th: place(tw, th) is not None, *sizes)
    if size is None:
        return None
    tw, th = captions.measure(text, size)
    halo = 2 * captions.halo_width(size)
    return size, *place(tw + halo, th + halo)


def _big_figure(figure: Figure, caption: str, canvas: tuple[int, int], pad: int, outline_px: int, where: str):
    """The largest scale at which ``figure`` fills the canvas with ``caption`` clear of its face and its
    gesture.

    The figure may grow until only its top ``FIGURE_KEEP`` shows (its legs go behind the caption or past
    the bottom edge). At each scale, from the largest down, the caption (as written, then in two lines)
    is tried at the bottom, centred or beside the face and the gesture (the figure moved to one side);
    the first scale at which it fits at ``CAPTION_GOOD`` size or more wins (failing that, at the smallest
    size that reads, ``CAPTION_MIN_AT_96``). A caption too long for the whole width at that size is
    refused (:func:`captions.fit_size`).
    Returns (scale, figure x, text, caption size, caption anchor (centre x, bottom y), image rows kept)."""
    cw, ch = canvas
    art = figure.image
    room_w, room_h = cw - 2 * pad, ch - 2 * pad
    bottom = pad + room_h
    smallest = smallest_caption(ch)
    share = round(room_h * CAPTION_SHARE)
    edge = 2 * outline_px  # the caption's white outline, both sides
    options = _line_options(caption)
    room = (room_w - edge, share - edge)
    fitting = []
    for text in options:
        largest = max(smallest, round(ch * CAPTION_LARGEST[0 if len(captions.lines_of(text)) == 1 else 1]))
        try:  # the text fits the whole width at the smallest size (or is refused)
            captions.fit_size(text, room, largest, smallest, where)
        except captions.CaptionTooLong:
            continue
        fitting.append((text, largest))
    if not fitting:
        tried = ", ".join(
            "{}x{} px on {} line{}".format(*captions.measure(t, smallest), n, "" if n == 1 else "s")
            for t in options
            for n in [len(captions.lines_of(t))]
        )
        raise captions.CaptionTooLong(
            f"caption {caption!r} of {where} does not fit: {tried} at the smallest size that reads at chat "
            f"size ({smallest} px), the room is {room[0]}x{room[1]} px; shorten it"
        )
    top = min(room_w / art.width, room_h / (FIGURE_KEEP * art.height))
    fallback = min(room_w / art.width, room_h / art.height) * 0.2
    good = max(smallest, round(ch * CAPTION_GOOD))
    best = None
    for least in (good, smallest):
        for text, largest in fitting:
            if least > largest:
                continue
            scale = top
            while scale > fallback:
                found = _caption_place(figure, text, canvas, pad, outline_px, scale, (largest, least))
                if found is not None:
                    best = (scale, text, *found)
                    break
                scale *= 0.97
            if best is not None:
                break
        if best is not None:
            break
    if best is None:  # the figure so small that it cannot happen; kept for a total function
        text, largest = fitting[0]
        scale = fallback
        best = (scale, text, smallest, (cw - art.width * scale) / 2, cw / 2)
    scale, text, size, x, centre = best
    text_h = captions.measure(text, size)[1]
    text_h += 2 * captions.halo_width(size) + edge
    # the legs end behind the caption (nothing peeks out under the words) or at the canvas's bottom edge
    centred = abs(x - (cw - art.width * scale) / 2) < 1
    ends = bottom - text_h * (1 - CAPTION_CUT) if centred else bottom
    kept = math.floor((ends - pad) / scale)
    return scale, round(x) - outline_px, text, size, (round(centre), bottom), kept


def _pad(image: Image.Image, px: int) -> Image.Image:
    out = Image.new("RGBA", (image.width + 2 * px, image.height + 2 * px), (0, 0, 0, 0))
    out.paste(image, (px, px))
    return out


# --- emoji badges -----------------------------------------------------------------------------------------
BADGE_SHARE = 0.54  # of the emoji's side: about 12 px of a 22 px emoji
BADGE_BOLD = 0.05  # of the badge: thin signs (✓, ×, ↑, ☆) are thickened by a stroke of their own colour
BADGE_HALO = 0.12  # of the badge: the white halo that parts the sign from the face and any background


def emoji_order(intents: list[Intent]) -> list[Intent]:
    """Emoji take every intent: first one per distinct expression (the faces differ most), then the rest
    in conversational order (told apart by their badges, one sign per intent)."""
    seen: set[str] = set()
    first = []
    for intent in intents:
        if intent.expression not in seen:
            seen.add(intent.expression)
            first.append(intent)
    return first + [it for it in intents if it not in first]


def _badge_shape(draw, shape: str, size: int, grow: float, fill) -> None:
    """A drawn sign centred in a ``2 * size`` square of an "L" mask, grown by ``grow`` px on every side (its
    halo); its holes (the moon's bite, the door, the handle's eye) are cleared to 0."""
    c = float(size)
    if shape in ("drop", "drops"):
        drops = (
            [(c, c, 0.34)]
            if shape == "drop"
            else [(c - size * 0.2, c + size * 0.08, 0.24), (c + size * 0.26, c - size * 0.1, 0.2)]
        )
        for cx, cy, share in drops:
            r = size * share
            cy += r * 0.5
            tip = (cx, cy - 2.5 * r - grow)
            draw.polygon(
                [tip, (cx - r - grow * 0.8, cy - r * 0.2), (cx + r + grow * 0.8, cy - r * 0.2)], fill=fill
            )
            draw.ellipse((cx - r - grow, cy - r - grow, cx + r + grow, cy + r + grow), fill=fill)
    elif shape == "moon":  # a crescent: a disc with a disc bitten out (the bite only for the sign itself)
        r = size * 0.42
        draw.ellipse((c - r - grow, c - r - grow, c + r + grow, c + r + grow), fill=fill)
        if grow == 0:
            b = r * 0.86
            bx, by = c + r * 0.5, c - r * 0.32
            draw.ellipse((bx - b, by - b, bx + b, by + b), fill=0)
    elif shape == "house":
        w, h = size * 0.36, size * 0.34
        roof = [
            (c, c - h * 1.25 - grow),
            (c - w * 1.3 - grow, c - h * 0.05),
            (c + w * 1.3 + grow, c - h * 0.05),
        ]
        draw.polygon(roof, fill=fill)
        draw.rectangle((c - w - grow, c - h * 0.1, c + w + grow, c + h + grow), fill=fill)
        if grow == 0:  # the door
            d = w * 0.38
            draw.rectangle((c - d, c + h * 0.2, c + d, c + h), fill=0)
    elif shape == "cup":  # a tea cup with its handle and a saucer
        w, h = size * 0.34, size * 0.5
        top = c - h * 0.55
        draw.rounded_rectangle(
            (c - w - grow, top - grow, c + w + grow, top + h + grow), radius=w * 0.5 + grow, fill=fill
        )
        draw.rectangle((c - w - grow, top - grow, c + w + grow, top + h * 0.4), fill=fill)
        hr = size * 0.17
        hx, hy = c + w + hr * 0.55, top + h * 0.42
        draw.ellipse((hx - hr - grow, hy - hr - grow, hx + hr + grow, hy + hr + grow), fill=fill)
        if grow == 0:
            i = hr * 0.5
            draw.ellipse((hx - i, hy - i, hx + i, hy + i), fill=0)
        sw, sy = w * 1.45, top + h + size * 0.06
        draw.rounded_rectangle(
            (c - sw - grow, sy - grow, c + sw + grow, sy + size * 0.1 + grow),
            radius=size * 0.05 + grow,
            fill=fill,
        )
    else:
        raise ExportError(f"unknown badge shape {shape!r}", file="stickers.toml")


def add_badge(image: Image.Image, badge: dict | None, *, halo=(255, 255, 255)) -> Image.Image:
    """``image`` with the intent's sign (♥, ♪, !?, a drop, a moon...) in its lower right corner, bold and
    white-haloed so it reads at 22 px on light and dark chats."""
    if not badge:
        return image
    from PIL import ImageDraw

    from .fonts import font

    side = image.width
    size = max(8, round(side * BADGE_SHARE))
    colour = tuple(int(badge.get("colour", "#e8456b")[i : i + 2], 16) for i in (1, 3, 5))
    # drawn at 4x and reduced: the halo and the bold stroke stay smooth at 22 px
    big = size * 4
    bold, ring = max(1, round(big * BADGE_BOLD)), max(2, round(big * BADGE_HALO))
    # The halo and the sign are each one colour, so each is drawn as its coverage alone ("L", 255 where
    # it is solid) and coloured over just the box they cover: ImageDraw paints a mask into an RGBA layer
    # at 4 channels a pixel, and the layers were 2*big square (776 px for a 180 px emoji) where the sign
    # covers about a third. The same alpha, and the same colour wherever alpha is not 0 (what the
    # reduction and the composite read): the 88 badges of a kit 207 -> 135 ms CPU, the same bytes.
    back = Image.new("L", (big * 2, big * 2), 0)
    sign = Image.new("L", back.size, 0)
    if "text" in badge:
        text = str(badge["text"])
        f = font(round(big * (1.0 if len(text) == 1 else 0.78 if len(text) == 2 else 0.58)), "bold")
        for layer, width in ((back, bold + ring), (sign, bold)):
            ImageDraw.Draw(layer).text(
                (big, big), text, font=f, anchor="mm", fill=255, stroke_width=width, stroke_fill=255
            )
    else:
        _badge_shape(ImageDraw.Draw(back), str(badge.get("shape")), big, ring, 255)
        _badge_shape(ImageDraw.Draw(sign), str(badge.get("shape")), big, 0, 255)
    boxes = [b for b in (back.getbbox(), sign.getbbox()) if b]
    if not boxes:
        return image
    box = tuple(min(b[i] for b in boxes) for i in (0, 1)) + tuple(max(b[i] for b in boxes) for i in (2, 3))

    def coloured(mask: Image.Image, fill) -> Image.Image:
        layer = Image.new("RGBA", (box[2] - box[0], box[3] - box[1]), fill + (255,))
        layer.putalpha(mask.crop(box))
        return layer

    # its alpha is not 0 wherever either layer's is: the union of their boxes is the mark's box
    mark = Image.alpha_composite(coloured(back, halo), coloured(sign, colour))
    mark.thumbnail((size, size), Image.Resampling.LANCZOS)
    out = image.copy()
    inset = max(1, side // 60)
    out.alpha_composite(mark, (side - mark.width - inset, image.height - mark.height - inset))
    return out
