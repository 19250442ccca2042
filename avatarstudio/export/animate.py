"""Animated stickers and emoji: motions of the posed figure, encoded as APNG, animated WebP or WebM VP9.

A motion moves the laid-out figure (the caption stays still) over one loop; phase 0 is the still
sticker itself, so the first frame carries the meaning on its own (LINE shows it in the shop and on
devices without animation; WhatsApp stops on it). Motions: ``blink`` (a closed-eye render of the same
figure), ``bounce``, ``nod``, ``wave`` (the raised arm turns about the shoulder while the body stays; a face close-up sways), ``shake``, ``sparkle`` (twinkling
stars beside the head) and ``sweat`` (a drop sliding down beside the face). Every motion also breathes
by a pixel, so no two consecutive frames are identical (APNG writers merge identical frames, and LINE
rejects files whose frames are all the same).

Encoders: APNG and animated WebP through Pillow; WebM VP9 with an alpha plane (yuva420p) through PyAV
(FFmpeg's libvpx), bit-exact so the same design gives the same bytes, no audio stream.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw

from ..core.errors import ExportError
from .stickers import Layout

SWEAT = (143, 211, 255)
SWEAT_LINE = (40, 90, 160)
STAR = (255, 244, 170)


@dataclass(frozen=True)
class Timing:
    frames: int
    duration_ms: int  # one loop
    loops: int  # 0 = forever

    @property
    def delays(self) -> list[int]:
        """Whole-millisecond delays that add up to exactly ``duration_ms``."""
        base = [
            self.duration_ms * (i + 1) // self.frames - self.duration_ms * i // self.frames
            for i in range(self.frames)
        ]
        return base


def _breath(t: float, h: int) -> int:
    # 2 px at least: with 8-12 frames a loop, rounding never gives two neighbours the same offset
    return round(max(2, h // 120) * math.sin(2 * math.pi * t))


def _shifted(layout: Layout, t: float, dx: int, dy: int, figure=None) -> Image.Image:
    return layout.frame(figure, dx=dx, dy=dy + _breath(t, layout.canvas[1]))


def _rotated(layout: Layout, t: float, degrees: float) -> Image.Image:
    fig = layout.figure
    pad = fig.width // 4
    big = Image.new("RGBA", (fig.width + 2 * pad, fig.height + 2 * pad), (0, 0, 0, 0))
    big.paste(fig, (pad, pad))
    # rotate about the feet (bottom centre of the figure)
    centre = (pad + fig.width / 2, pad + fig.height)
    turned = big.rotate(degrees, resample=Image.Resampling.BICUBIC, center=centre)
    out = Image.new("RGBA", layout.canvas, (0, 0, 0, 0))
    fx, fy = layout.figure_xy
    from .stickers import _paste

    _paste(out, turned, fx - pad, fy - pad + _breath(t, layout.canvas[1]))
    if layout.caption is not None:
        _paste(out, layout.caption, *layout.caption_xy)
    return out


def _amplitude(layout: Layout, share: float) -> int:
    pad = min(layout.figure_xy[1] + layout.outline_px, layout.canvas[1] // 10)
    return max(2, min(round(layout.canvas[1] * share), pad))


def bounce(layout: Layout, t: float, **_) -> Image.Image:
    return _shifted(layout, t, 0, -round(_amplitude(layout, 0.05) * abs(math.sin(math.pi * t * 2))))


def nod(layout: Layout, t: float, **_) -> Image.Image:
    return _shifted(layout, t, 0, round(_amplitude(layout, 0.04) * math.sin(math.pi * t) ** 2))


def shake(layout: Layout, t: float, **_) -> Image.Image:
    return _shifted(layout, t, round(_amplitude(layout, 0.03) * math.sin(4 * math.pi * t)), 0)


def wave(layout: Layout, t: float, turn=None, **_) -> Image.Image:
    """A real wave: ``turn(share)`` gives the figure with its raised arm turned by that share (-1..1) of
    its swing about the shoulder, and only the arm moves. Without one (a face close-up) the whole
    image sways about its foot."""
    if turn is not None:
        return layout.frame(turn(math.sin(2 * math.pi * t)))
    return _rotated(layout, t, 5.0 * math.sin(2 * math.pi * t))


def blink(layout: Layout, t: float, closed: Image.Image | None = None, **_) -> Image.Image:
    shut = closed is not None and 0.45 <= t < 0.6
    return _shifted(layout, t, 0, 0, closed if shut else None)


def _star(draw: ImageDraw.ImageDraw, x: float, y: float, r: float, ink) -> None:
    pts = []
    for i in range(8):
        a = math.pi / 4 * i - math.pi / 2
        rr = r if i % 2 == 0 else r * 0.32
        pts.append((x + rr * math.cos(a), y + rr * math.sin(a)))
    draw.polygon(pts, fill=STAR + (255,), outline=ink + (255,), width=max(1, round(r / 6)))


def sparkle(layout: Layout, t: float, ink=(60, 40, 60), **_) -> Image.Image:
    image = _shifted(layout, t, 0, 0)
    draw = ImageDraw.Draw(image)
    x0, y0, x1, y1 = layout.face
    size = (x1 - x0) * 0.16
    spots = ((x0 - size * 0.6, y0 + size), (x1 + size * 0.6, y0 + size * 0.4), (x1 + size * 0.3, y1 - size))
    for i, (x, y) in enumerate(spots):
        phase = (t + i / len(spots)) % 1.0
        r = size * (0.55 + 0.45 * math.cos(2 * math.pi * phase))
        _star(draw, _clamp(x, r, image.width), _clamp(y, r, image.height), r, ink)
    return image


def sweat(layout: Layout, t: float, **_) -> Image.Image:
    image = _shifted(layout, t, 0, 0)
    draw = ImageDraw.Draw(image)
    x0, y0, x1, y1 = layout.face
    r = (x1 - x0) * 0.07
    x = _clamp(x1 - r * 0.5, r, image.width)
    y = y0 + (y1 - y0) * (0.25 + 0.3 * t)
    draw.polygon([(x, y - 2.6 * r), (x - r, y), (x + r, y)], fill=SWEAT + (255,))
    draw.ellipse(
        (x - r, y - r, x + r, y + r),
        fill=SWEAT + (255,),
        outline=SWEAT_LINE + (255,),
        width=max(1, round(r / 4)),
    )
    return image


def _clamp(v: float, r: float, limit: int) -> float:
    return min(max(v, r + 2), limit - r - 2)


MOTIONS: dict[str, Callable[..., Image.Image]] = {
    "blink": blink,
    "bounce": bounce,
    "nod": nod,
    "wave": wave,
    "shake": shake,
    "sparkle": sparkle,
    "sweat": sweat,
}


def frames(layout: Layout, motion: str, count: int, **kwargs) -> list[Image.Image]:
    """``count`` frames of one loop of ``motion``; frame 0 is the still sticker."""
    if motion not in MOTIONS:
        raise ExportError(f"unknown motion {motion!r}; known: {', '.join(MOTIONS)}")
    move = MOTIONS[motion]
    out = [layout.frame()]
    out += [move(layout, i / count, **kwargs) for i in range(1, count)]
    return out


# --- encoders ---------------------------------------------------------------------------------------------
def reduce_colours(image: Image.Image, colours: int) -> Image.Image:
    """At most ``colours`` RGBA colours, kept as a truecolour image (LINE wants RGB, not palette, PNG)."""
    return image.quantize(colours, method=Image.Quantize.FASTOCTREE).convert("RGBA")


def encode_apng(
    images: list[Image.Image], timing: Timing, *, dpi: int | None = None, colours: int | None = 255
) -> bytes:
    """APNG; ``colours`` first reduces each frame's colours (flat cel art: invisible, ~35 % fewer bytes)."""
    out = io.BytesIO()
    if colours:
        images = [reduce_colours(im, colours) for im in images]
    first, rest = images[0], images[1:]
    params: dict = dict(
        format="PNG",
        save_all=True,
        append_images=rest,
        duration=timing.delays,
        loop=timing.loops,
        disposal=1,  # APNG_DISPOSE_OP_BACKGROUND: each frame replaces the last (transparent art)
        blend=0,  # APNG_BLEND_OP_SOURCE
        default_image=False,
        compress_level=6,
    )
    if dpi:
        params["dpi"] = (dpi, dpi)
    first.save(out, **params)
    return out.getvalue()


def encode_webp(images: list[Image.Image], timing: Timing, *, quality: int = 80) -> bytes:
    out = io.BytesIO()
    images[0].save(
        out,
        format="WEBP",
        save_all=True,
        append_images=images[1:],
        duration=timing.delays,
        loop=timing.loops,
        lossless=False,
        quality=quality,
        method=4,
        exif=b"",
        xmp=b"",
        icc_profile=None,
        allow_mixed=False,
    )
    return out.getvalue()


def encode_webm(images: list[Image.Image], timing: Timing, *, crf: int = 34) -> bytes:
    """WebM VP9 with alpha (yuva420p), constant frame rate, no audio, bit-exact."""
    import av
    import numpy as np

    fps = round(timing.frames * 1000 / timing.duration_ms)
    if abs(fps * timing.duration_ms - timing.frames * 1000) > 0:
        raise ExportError(f"{timing.frames} frames in {timing.duration_ms} ms is not a whole frame rate")
    out = io.BytesIO()
    container = av.open(out, "w", format="webm", options={"fflags": "+bitexact"})
    stream = container.add_stream("libvpx-vp9", rate=fps)
    w, h = images[0].size
    stream.width, stream.height, stream.pix_fmt = w, h, "yuva420p"
    stream.options = {
        "crf": str(crf),
        "b:v": "0",
        "deadline": "good",
        "cpu-used": "5",
        "auto-alt-ref": "0",
        "row-mt": "0",
        "threads": "1",
    }
    for i, image in enumerate(images):
        frame = av.VideoFrame.from_ndarray(np.asarray(image.convert("RGBA")), format="rgba")
        frame.pts = i
        for packet in stream.encode(frame):
            container.mux(packet)
    for packet in stream.encode():
        container.mux(packet)
    container.close()
    return out.getvalue()


ENCODERS = {"apng": encode_apng, "webp": encode_webp, "webm": encode_webm}
EXTENSIONS = {"apng": "png", "webp": "webp", "webm": "webm"}


def encode(
    images: list[Image.Image], container: str, timing: Timing, *, max_bytes: int, what: str, dpi=None
) -> bytes:
    """Encode within ``max_bytes``, lowering quality for lossy formats; refuse when it cannot fit."""
    if container not in ENCODERS:
        raise ExportError(f"unknown animation format {container!r}; known: {', '.join(ENCODERS)}", file=what)
    if container == "apng":
        tries = [lambda c=c: encode_apng(images, timing, dpi=dpi, colours=c) for c in (255, 96, 48)]
    elif container == "webp":
        tries = [lambda q=q: encode_webp(images, timing, quality=q) for q in (80, 65, 50)]
    else:
        tries = [lambda c=c: encode_webm(images, timing, crf=c) for c in (34, 42, 50)]
    smallest = None
    for attempt in tries:
        data = attempt()
        if len(data) <= max_bytes:
            return data
        smallest = min(smallest or len(data), len(data))
    raise ExportError(
        f"cannot fit the animation within {max_bytes} bytes (smallest try {smallest})", file=what
    )
