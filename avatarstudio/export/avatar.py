"""One design, one platform target -> the bytes of one file."""

from __future__ import annotations

from PIL import Image

from ..core.compose import View, compose, compose_layers
from ..core.design import Design
from ..core.pack import Pack
from ..core.presets import FRAMINGS, Target
from .encode import encode, prepare

EXTENSIONS = {"png": "png", "jpeg": "jpg", "webp": "webp", "svg": "svg", "apng": "png", "webm": "webm"}


def view_for(target: Target, expression: str | None = None, design: Design | None = None) -> View:
    """The target's crop; with ``design``, reframed by the user's zoom and pan for this target."""
    box = FRAMINGS[target.framing]
    if design is not None:
        box = design.framing_for(target.name).apply(box)
    return View(
        box=box,
        line_scale=target.line_boost,
        background=target.background != "transparent",
        expression=expression,
    )


def render_image(
    pack: Pack, design: Design, renderer, width: int, height: int | None = None, view: View = View()
) -> Image.Image:
    """Render the design as a Pillow RGBA image, ``view.box`` scaled to fill width x height."""
    return renderer.render(compose_layers(pack, design, view), width, height or width)


def target_view(target: Target, design: Design, expression: str | None = None) -> View:
    """The view ``target`` is drawn with: its framing (reframed by the user for it), widened to its
    aspect around the face. With the size, all that the target's drawing depends on."""
    width, height = target.size
    view = view_for(target, expression, design).sized(min(width, height))
    if width != height:
        # Keep the face framing; widen the box to the target's aspect around its centre.
        box = view.box
        cx, cy, side = box[0] + box[2] / 2, box[1] + box[3] / 2, box[2]
        w, h = (side, side * height / width) if width > height else (side * width / height, side)
        view = View(
            box=(cx - w / 2, cy - h / 2, w, h),
            line_scale=view.line_scale,
            background=view.background,
            expression=expression,
            small=view.small,
        )
    return view


def export_target(
    pack: Pack,
    design: Design,
    target: Target,
    renderer,
    *,
    expression: str | None = None,
    image: Image.Image | None = None,
) -> bytes:
    """The file for ``target``: framed, sized, background applied, encoded within its byte limit.
    ``image``: the target's drawing (render_image at its size and target_view), when the caller has it."""
    width, height = target.size
    if image is None:
        image = render_image(pack, design, renderer, width, height, target_view(target, design, expression))
    image = prepare(image, target.background, target.flatten)
    return encode(image, target.format, max_bytes=target.max_bytes, dpi=target.dpi, what=target.name)


def export_svg(pack: Pack, design: Design, *, size: int = 1024, view: View = View()) -> bytes:
    return compose(pack, design, view, size=size).encode("utf-8")
