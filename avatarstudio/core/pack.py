"""Asset packs: load a pack folder, validate it, and hold its parts as ready-to-colour templates.

A pack is data (see assets/README.md). Every part SVG passes through the sanitizer when the pack is
read (core/packimport.py; a part whose template the template cache, core/packcache.py, already holds
is not cleaned again), and is then turned into a template string with markers for colours, ids and line widths, so
composing a design is string substitution with no XML work on the hot path.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .colour import ROLES
from .design import MAX_LAYERS, MAX_SLOTS
from .errors import PackError
from .heads import HeadTemplate, PoseRules, read_pose, read_templates
from .safetext import cap_lines, escape
from .sliders import Slider, read_sliders
from .values import is_hex, is_id, is_number, is_pack_id, numbers

if TYPE_CHECKING:
    from hashlib import _Hash as Hash

    from .packimport import CleanedPack

SVG_NS = "http://www.w3.org/2000/svg"
CANVAS = 1024  # the side of the square every part is drawn on (compose.View and presets.FRAMINGS use it)
PRESENTATIONS = ("feminine", "masculine", "androgynous")
# Hair tags (generation matches front, side and back hair on them; headwear fits volume classes)
TEXTURES = ("straight", "wavy", "curly", "coily", "locs")
LENGTHS = ("buzz", "short", "medium", "long", "very_long")
VOLUMES = ("flat", "medium", "big", "huge")
MARK = "\x01"
_URL_RE = re.compile(r"url\(#([^)\s]+)\)")


@dataclass(frozen=True)
class TransformLimits:
    x: tuple[float, float] = (0.0, 0.0)
    y: tuple[float, float] = (0.0, 0.0)
    scale: tuple[float, float] = (1.0, 1.0)
    rotate: tuple[float, float] = (0.0, 0.0)

    def clamp(self, name: str, value: float) -> float:
        lo, hi = getattr(self, name)
        return float(min(hi, max(lo, value)))


@dataclass(frozen=True)
class Part:
    id: str
    label: str
    label_ja: str
    weight: float
    presentation: tuple[str, ...]
    hides: tuple[str, ...]
    template: str = field(repr=False)  # sanitized body with markers (see _make_template)
    slots: tuple[str, ...] = ()  # colour slots this part uses
    head_template: str | None = None  # a face part's head template (layer.toml key "template")
    # the same part redrawn for another head template: parts/<layer>/<id>@<template>.svg
    variants: dict[str, str] = field(default_factory=dict, repr=False)
    texture: str | None = None  # hair tags: one of TEXTURES / LENGTHS / VOLUMES
    length: str | None = None
    volume: str | None = None
    ties: tuple[tuple[float, float], ...] = ()  # back hair: where scrunchies, ribbons and clips sit
    anchor: tuple[float, float] | None = None  # an ornament: its point that sits on a tie point
    fits: tuple[str, ...] = ()  # headwear: the hair volume classes it fits (empty = all)
    # presentation -> weight factor in that presentation's pool (layer.toml "lean"; absent = 1)
    lean: dict[str, float] = field(default_factory=dict)
    # layer -> horizontal scale about the centre line while this part is shown (a body's build widens
    # the clothing with it; layer.toml "scales")
    scales: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class SmallRules:
    """How a layer is drawn in images smaller than ``compose.SMALL_PX`` (layer.toml ``small``): another
    part in place of any (a plain background), heavier lines, a larger drawing about the layer's pivot."""

    part: str | None = None
    line: float = 1.0
    scale: float = 1.0


@dataclass(frozen=True)
class Layer:
    id: str
    label: str
    label_ja: str
    optional: bool
    probability: float
    region: tuple[float, float, float, float]
    limits: TransformLimits
    pivot: tuple[float, float]
    parts: tuple[Part, ...]
    follows: str | None = None  # shows the part named like the one chosen in this other layer
    small: SmallRules = field(default_factory=lambda: SmallRules())  # how it is drawn below SMALL_PX

    @cached_property
    def _by_id(self) -> dict[str, Part]:  # generation and composing ask ~400 times an avatar
        return {part.id: part for part in self.parts}

    def part(self, part_id: str) -> Part:
        try:
            return self._by_id[part_id]
        except KeyError:
            raise KeyError(f"layer {self.id!r} has no part {part_id!r}") from None

    def has(self, part_id: str | None) -> bool:
        return part_id in self._by_id


@dataclass(frozen=True)
class Slot:
    id: str
    label: str
    label_ja: str
    palette: str
    default: str
    link: str | None


@dataclass(frozen=True)
class Expression:
    id: str
    label: str
    label_ja: str
    overrides: dict[str, str | None]  # layer -> part id, None hides the layer


@dataclass(frozen=True)
class Pack:
    id: str
    name: str
    name_ja: str
    version: str
    licence: str
    credit: str
    canvas: int
    anchors: dict[str, object]
    layers: tuple[Layer, ...]
    slots: dict[str, Slot]
    palettes: dict[str, dict[str, str]]
    expressions: dict[str, Expression]
    excludes: tuple[tuple[str, str, str, str], ...]  # (layer a, part a, layer b, part b)
    content_hash: str
    templates: dict[str, HeadTemplate] = field(default_factory=dict)
    pose: PoseRules | None = None
    sliders: dict[str, Slider] = field(default_factory=dict)  # face sliders (core/sliders.py)
    builtin: bool = False  # the app's own art: rendered in-process (others under a time limit, bounded.py)

    @cached_property
    def _layers_by_id(self) -> dict[str, Layer]:
        return {layer.id: layer for layer in self.layers}

    def layer(self, layer_id: str) -> Layer:
        try:
            return self._layers_by_id[layer_id]
        except KeyError:
            raise KeyError(f"pack {self.id!r} has no layer {layer_id!r}") from None

    @cached_property
    def layer_ids(self) -> tuple[str, ...]:
        return tuple(layer.id for layer in self.layers)

    @cached_property
    def _exclude_set(self) -> frozenset[tuple[str, str, str, str]]:
        return frozenset(self.excludes) | frozenset((b, pb, a, pa) for a, pa, b, pb in self.excludes)

    def excluded(self, layer_a: str, part_a: str, layer_b: str, part_b: str) -> bool:
        return (layer_a, part_a, layer_b, part_b) in self._exclude_set  # a set: generate asks ~800 times


class _Problems:
    """Collects every problem so the validator reports them all at once."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, where: str, problem: str) -> None:
        self.items.append(f"{where}: {problem}")


def _manifest(cleaned: CleanedPack, rel: str, problems: _Problems, digest: Hash) -> dict[str, Any] | None:
    """A parsed manifest of the cleaned pack (the size, key and depth rules were applied when it was read)."""
    parsed = cleaned.manifests.get(rel)
    if parsed is None:
        problems.add(rel, "file is missing")
        return None
    digest.update(rel.encode() + b"\0" + cleaned.raw[rel])
    return parsed


def _show(value: object, limit: int = 60) -> str:
    """repr() for messages: bounded, escaped, and safe for integers too long to print (TOML hex literals)."""
    if isinstance(value, str) and len(value) > limit * 4:
        value = value[: limit * 4]  # never repr megabytes only to cut them
    try:
        text = repr(value)
    except ValueError:
        text = f"<{type(value).__name__} too large to show>"
    return escape(text, limit)


def _table(manifest: dict[str, Any], key: str, problems: _Problems, where: str) -> dict[str, Any]:
    value = manifest.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.add(where, f"'{key}' must be a table")
        return {}
    return value


def _text(
    table: dict[str, Any], key: str, default: str, problems: _Problems, where: str, limit: int = 120
) -> str:
    value = table.get(key, default)
    if not isinstance(value, str):
        problems.add(where, f"'{key}' must be text")
        return default
    if len(value) > limit or any(
        ord(c) < 32 or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in value
    ):
        problems.add(where, f"'{key}' is longer than {limit} characters or holds control/bidi characters")
        return default
    return value


def _pair(value: object, default: tuple[float, float]) -> tuple[float, float] | None:
    if value is None:
        return default
    pair = numbers(value, 2)
    if pair is not None and pair[0] <= pair[1]:
        return (pair[0], pair[1])
    return None


def _make_template(
    svg: str, layer: str, part: str, slots: dict[str, Slot], problems: _Problems, where: str
) -> tuple[str, tuple[str, ...]]:
    """Turn a sanitized part SVG into a body template.

    Markers (``\\x01`` never occurs in XML text): ``\\x01C:slot:role\\x01`` for a slot colour,
    ``\\x01P\\x01`` for the per-part id prefix, ``\\x01W:n\\x01`` for a line width to scale.
    """
    root = ET.fromstring(svg)
    used: set[str] = set()

    def colour_marker(spec: str, attr: str) -> str | None:
        slot, _, role = spec.partition(".")
        role = role or "base"
        if slot not in slots:
            problems.add(where, f"{attr} names unknown colour slot {_show(slot)}")
            return None
        if role not in ROLES:
            problems.add(where, f"{attr} has unknown role {_show(role)} (roles: {', '.join(ROLES)})")
            return None
        used.add(slot)
        return f"{MARK}C:{slot}:{role}{MARK}"

    # Authors' ids never reach an export: each becomes a number in document order.
    renamed: dict[str, str] = {}
    for el in root.iter():
        if "id" in el.attrib:
            renamed.setdefault(el.attrib["id"], str(len(renamed)))

    def ref(old: str) -> str:
        return f"{MARK}P{MARK}{renamed.setdefault(old, str(len(renamed)))}"

    for el in root.iter():
        el.tag = el.tag.split("}", 1)[-1]
        attrs = dict(el.attrib)
        new: dict[str, str] = {}
        for name, value in attrs.items():
            local = name.split("}", 1)[-1]
            if local.startswith("data-"):
                continue
            if local == "id":
                value = ref(value)
            elif local == "href" and value.startswith("#"):
                # QtSvg follows gradient links only as xlink:href; compose declares the prefix.
                local, value = "xlink:href", f"#{ref(value[1:])}"
            else:
                value = _URL_RE.sub(lambda m: f"url(#{ref(m.group(1))})", value)
            new[local] = value
        fill_spec = attrs.get("data-slot")
        if fill_spec:
            marker = colour_marker(fill_spec, "data-slot")
            if marker:
                new["stop-color" if el.tag == "stop" else "fill"] = marker
        stroke_spec = attrs.get("data-stroke-slot")
        if stroke_spec:
            marker = colour_marker(stroke_spec, "data-stroke-slot")
            if marker:
                new["stroke"] = marker
        if attrs.get("data-role") == "line" and "stroke-width" in new:
            try:
                width = float(new["stroke-width"])
                new["stroke-width"] = f"{MARK}W:{width:g}{MARK}"
            except ValueError:
                problems.add(where, f"line stroke-width {_show(new['stroke-width'])} is not a number")
        el.attrib.clear()
        el.attrib.update(new)
    body = "".join(ET.tostring(child, encoding="unicode", short_empty_elements=True) for child in root)
    body = re.sub(r">\s+<", "><", body).strip()
    return body, tuple(sorted(used))


def _template(
    cleaned: CleanedPack,
    where: str,
    layer_id: str,
    part_id: str,
    slots: dict[str, Slot],
    problems: _Problems,
) -> tuple[str, tuple[str, ...]] | None:
    """The template of the part file ``where``: from the template cache when the reader found it there,
    else made from the sanitized bytes (and then cached if it is clean)."""
    cached = cleaned.templates.get(where)
    if cached is not None:
        return cached
    clean = cleaned.files.get(where)  # sanitized when the pack was read
    if clean is None:
        problems.add(where, "part file is missing")
        return None
    before = len(problems.items)
    template, used = _make_template(clean.decode("utf-8"), layer_id, part_id, slots, problems, where)
    if len(problems.items) == before:
        cleaned.cache.put(cleaned.cache_key(where), template, used)
    return template, used


def load_pack(folder: str | Path, *, cache: bool = True) -> Pack:
    """Load and validate the pack in ``folder``; raise PackError listing every problem found.

    The folder is read the way a stranger's zip is (:func:`avatarstudio.core.packimport.load_source`):
    regular files only, no links, no pipes or devices, sizes capped before reading, the same manifest
    and SVG rules. So ``validate FOLDER`` and ``import-pack FOLDER`` give the same verdict. A part whose
    template the template cache holds (same bytes, canvas and slots) is not sanitized again, and a
    pack whose bytes gave a snapshot before comes whole from it (core/packsnapshot.py); ``cache=False``
    sanitizes every part and touches neither cache.
    """
    folder = Path(folder)
    if cache:  # a folder unchanged since its last load comes whole from its snapshot (core/packsnapshot.py)
        from .packsnapshot import load_folder

        pack = load_folder(folder)
        if pack is not None:
            return pack
    from .packimport import load_source

    return load_source(folder, where=str(folder), cache=cache)


def build_pack(cleaned: CleanedPack, source: str) -> Pack:
    """Validate a cleaned pack (:class:`avatarstudio.core.packimport.CleanedPack`) and build its Pack."""
    problems = _Problems()
    digest = hashlib.sha256()
    manifest = _manifest(cleaned, "pack.toml", problems, digest)
    if manifest is None:
        raise PackError("\n".join(problems.items), file=source)
    where = "pack.toml"
    known = {
        "id",
        "name",
        "name_ja",
        "version",
        "licence",
        "credit",
        "canvas",
        "layers",
        "anchors",
        "slots",
        "palettes",
        "expressions",
        "exclude",
        "templates",
        "pose",
        "sliders",
    }
    for key in manifest:
        if key not in known:
            problems.add(where, f"unknown key {_show(key)}")
    pack_id = manifest.get("id")
    if not is_pack_id(pack_id):
        problems.add(where, "'id' must be 1-40 characters of a-z, 0-9, '_' or '-'")
        pack_id = "invalid"
    canvas = manifest.get("canvas", CANVAS)
    if canvas != CANVAS or isinstance(canvas, bool):
        # Views, platform framings and the composer all work on this one canvas; another size would
        # be accepted here and then drawn wrongly, so the field may only restate it.
        problems.add(where, f"'canvas' must be {CANVAS}: every part is drawn on a {CANVAS} x {CANVAS} canvas")
    canvas = CANVAS
    version = _text(manifest, "version", "0", problems, where)
    licence = _text(manifest, "licence", "", problems, where)
    if not licence:
        problems.add(where, "'licence' is required (for example CC0-1.0 or CC-BY-4.0)")

    palettes: dict[str, dict[str, str]] = {}
    for pal_id, colours in _table(manifest, "palettes", problems, where).items():
        if not isinstance(colours, dict) or not colours:
            problems.add(where, f'palette {_show(pal_id)} must be a table of name = "#rrggbb"')
            continue
        for name, value in colours.items():
            if not is_hex(value):
                problems.add(
                    where, f"palette {_show(pal_id)} colour {_show(name)} is not #rrggbb: {_show(value)}"
                )
        palettes[pal_id] = {k: v.lower() for k, v in colours.items() if is_hex(v)}

    slots: dict[str, Slot] = {}
    for slot_id, spec in _table(manifest, "slots", problems, where).items():
        w = f"{where} [slots.{escape(slot_id, 40)}]"
        if not isinstance(spec, dict):
            problems.add(w, "must be a table")
            continue
        if not is_id(slot_id):
            problems.add(w, "slot ids are 1-40 characters of a-z, 0-9 or '_'")
        palette = spec.get("palette", "")
        if not isinstance(palette, str) or palette not in palettes:
            problems.add(w, f"palette {_show(palette)} is not defined under [palettes]")
            palette = ""
        default = spec.get("default")
        if not is_hex(default):
            problems.add(w, f"'default' must be #rrggbb, not {_show(default)}")
            default = "#808080"
        link = spec.get("link")
        if link is not None and not isinstance(link, str):
            problems.add(w, f"'link' must name a slot, not {_show(link)}")
            link = None
        slots[slot_id] = Slot(
            slot_id,
            _text(spec, "label", slot_id, problems, w),
            _text(spec, "label_ja", "", problems, w),
            palette,
            default.lower(),
            link,
        )
    if len(slots) > MAX_SLOTS:
        problems.add(
            where, f"{len(slots)} colour slots (limit {MAX_SLOTS}, so that every design of the pack loads)"
        )
    for slot in slots.values():
        if slot.link is not None and (slot.link not in slots or slots[slot.link].link is not None):
            problems.add(
                f"{where} [slots.{escape(slot.id, 40)}]",
                f"'link' must name a slot that is not itself linked: {_show(slot.link)}",
            )

    layer_ids = manifest.get("layers")
    if not isinstance(layer_ids, list) or not layer_ids or not all(isinstance(x, str) for x in layer_ids):
        problems.add(where, "'layers' must be a non-empty list of layer ids in z-order")
        layer_ids = []
    if len(layer_ids) > MAX_LAYERS:
        problems.add(
            where, f"{len(layer_ids)} layers (limit {MAX_LAYERS}, so that every design of the pack loads)"
        )
        layer_ids = layer_ids[:MAX_LAYERS]
    seen_layers: set[str] = set()
    layers: list[Layer] = []
    for layer_id in layer_ids:
        if layer_id in seen_layers:
            problems.add(where, f"layer {_show(layer_id)} is listed twice")
            continue
        seen_layers.add(layer_id)
        if not is_id(layer_id):
            problems.add(where, f"layer id {_show(layer_id)} must be 1-40 characters of a-z, 0-9 or '_'")
            continue
        layer = _load_layer(cleaned, layer_id, slots, problems, digest)
        if layer is not None:
            layers.append(layer)

    by_id = {layer.id: layer for layer in layers}
    for layer in layers:
        if layer.follows is not None and (layer.follows not in by_id or layer.follows == layer.id):
            problems.add(
                f"parts/{layer.id}/layer.toml", f"'follows' names unknown layer {_show(layer.follows)}"
            )
        for part in layer.parts:
            for hidden in part.hides:
                if hidden not in by_id:
                    problems.add(
                        f"parts/{layer.id}/layer.toml part {_show(part.id)}",
                        f"'hides' names unknown layer {_show(hidden)}",
                    )

    expressions: dict[str, Expression] = {}
    for expr_id, spec in _table(manifest, "expressions", problems, where).items():
        w = f"{where} [expressions.{escape(expr_id, 40)}]"
        if not isinstance(spec, dict) or not is_id(expr_id):
            problems.add(w, "must be a table with an id of a-z, 0-9 or '_'")
            continue
        overrides: dict[str, str | None] = {}
        for key, value in spec.items():
            if key in ("label", "label_ja"):
                continue
            if key not in by_id:
                problems.add(w, f"names unknown layer {_show(key)}")
            elif not isinstance(value, str):
                problems.add(w, f'{key} must be a part id ("" hides the layer)')
            elif value and not by_id[key].has(value):
                problems.add(w, f"layer {_show(key)} has no part {_show(value)}")
            else:
                overrides[key] = value or None
        expressions[expr_id] = Expression(
            expr_id,
            _text(spec, "label", expr_id, problems, w),
            _text(spec, "label_ja", "", problems, w),
            overrides,
        )
    if expressions and "neutral" not in expressions:
        problems.add(where, "expressions must include 'neutral'")
    if not expressions:
        expressions["neutral"] = Expression("neutral", "Neutral", "普通", {})

    excludes: list[tuple[str, str, str, str]] = []
    exclude = manifest.get("exclude") or []
    if not isinstance(exclude, list):
        problems.add(where, "'exclude' must be a list of [[exclude]] tables")
        exclude = []
    for i, rule in enumerate(exclude):
        w = f"{where} [[exclude]] #{i + 1}"
        refs = []
        for side in ("a", "b"):
            ref = rule.get(side) if isinstance(rule, dict) else None
            lay, _, part_id = (ref if isinstance(ref, str) else "").partition(":")
            if lay not in by_id or not by_id[lay].has(part_id):
                problems.add(w, f"'{side}' must be \"layer:part\" naming an existing part, not {_show(ref)}")
            refs.append((lay, part_id))
        if len(refs) == 2:
            excludes.append((*refs[0], *refs[1]))

    anchors = _table(manifest, "anchors", problems, where)
    heads = read_templates(manifest.get("templates"), set(by_id), problems.add)
    pose = read_pose(manifest.get("pose"), set(by_id), problems.add)
    hair_names = set(palettes.get(slots["hair"].palette, {})) if "hair" in slots else set()
    for head in heads.values():
        unknown = sorted(set(head.hair_lean) - hair_names)
        if unknown:
            problems.add(
                f"pack.toml [templates.{head.id}]",
                f"'hair_lean' names {', '.join(map(_show, unknown))}, not in the hair palette",
            )
        for ref in head.lean:
            lay, _, pid = ref.partition(":")
            if lay not in by_id or not by_id[lay].has(pid):
                problems.add(
                    f"pack.toml [templates.{head.id}]", f"'lean' names {_show(ref)}, not a layer:part"
                )
    sliders = read_sliders(manifest.get("sliders"), set(by_id), problems.add)
    for layer in layers:
        if layer.small.part is not None and not layer.has(layer.small.part):
            problems.add(f"parts/{layer.id}/layer.toml", f"'small' names unknown part {layer.small.part!r}")
        for part in layer.parts:
            for other in sorted(set(part.scales) - set(by_id)):
                problems.add(
                    f"parts/{layer.id}/layer.toml part {part.id!r}", f"'scales' names unknown layer {other!r}"
                )
            if part.head_template is not None and part.head_template not in heads:
                problems.add(
                    f"parts/{layer.id}/layer.toml part {part.id!r}",
                    f"'template' names unknown head template {part.head_template!r}",
                )
            for tid in part.variants:
                if tid not in heads:
                    problems.add(
                        f"parts/{layer.id}/{part.id}@{tid}.svg", f"no head template {tid!r} in pack.toml"
                    )
    if problems.items:
        raise PackError("\n".join(cap_lines(problems.items)), file=source)
    cleaned.cache.save()
    return Pack(
        id=pack_id,
        name=_text(manifest, "name", pack_id, problems, where),
        name_ja=_text(manifest, "name_ja", "", problems, where),
        version=version,
        licence=licence,
        credit=_text(manifest, "credit", "", problems, where, limit=400),
        canvas=canvas,
        anchors=dict(anchors),
        layers=tuple(layers),
        slots=slots,
        palettes=palettes,
        expressions=expressions,
        excludes=tuple(excludes),
        content_hash=digest.hexdigest(),
        templates=heads,
        pose=pose,
        sliders=sliders,
    )


def _load_layer(
    cleaned: CleanedPack, layer_id: str, slots: dict[str, Slot], problems: _Problems, digest: Hash
) -> Layer | None:
    rel = f"parts/{layer_id}/layer.toml"
    spec = _manifest(cleaned, rel, problems, digest)
    if spec is None:
        return None
    canvas = cleaned.canvas
    known = {
        "label",
        "label_ja",
        "optional",
        "probability",
        "region",
        "transform",
        "pivot",
        "parts",
        "follows",
        "small",
    }
    for key in spec:
        if key not in known:
            problems.add(rel, f"unknown key {_show(key)}")
    optional = spec.get("optional", False)
    probability = spec.get("probability", 1.0)
    if not isinstance(optional, bool):
        problems.add(rel, "'optional' must be true or false")
        optional = False
    if not (is_number(probability) and 0.0 <= probability <= 1.0):
        problems.add(rel, "'probability' must be a number from 0 to 1")
        probability = 1.0
    region = numbers(spec.get("region", [0, 0, canvas, canvas]), 4)
    if not (region and region[0] < region[2] and region[1] < region[3]):
        problems.add(rel, "'region' must be [x0, y0, x1, y1] with x0 < x1 and y0 < y1")
        region = [0.0, 0.0, float(canvas), float(canvas)]
    tf = spec.get("transform") or {}
    limits = {}
    for name, default in (
        ("x", (0.0, 0.0)),
        ("y", (0.0, 0.0)),
        ("scale", (1.0, 1.0)),
        ("rotate", (0.0, 0.0)),
    ):
        pair = _pair(tf.get(name), default) if isinstance(tf, dict) else None
        if pair is None:
            problems.add(rel, f"transform '{name}' must be [min, max] with min <= max")
            pair = default
        limits[name] = pair
    if not (limits["scale"][0] > 0 and limits["scale"][1] <= 4):
        problems.add(rel, "transform 'scale' must stay within (0, 4]")
    pivot = numbers(spec.get("pivot", [canvas / 2, canvas / 2]), 2)
    if pivot is None:
        problems.add(rel, "'pivot' must be [x, y]")
        pivot = [canvas / 2, canvas / 2]
    follows = spec.get("follows")
    if follows is not None and not is_id(follows):
        problems.add(rel, "'follows' must name a layer")
        follows = None
    small_spec = spec.get("small", {})
    small = SmallRules()
    if not (isinstance(small_spec, dict) and set(small_spec) <= {"part", "line", "scale"}):
        problems.add(rel, "'small' must be { part = \"<part id>\", line = <1-20>, scale = <1-2> }")
    else:
        sp, sl, ss = small_spec.get("part"), small_spec.get("line", 1.0), small_spec.get("scale", 1.0)
        if (
            (sp is not None and not is_id(sp))
            or not (is_number(sl) and 1 <= sl <= 20)
            or not (is_number(ss) and 1 <= ss <= 2)
        ):
            problems.add(rel, "'small' must be { part = \"<part id>\", line = <1-20>, scale = <1-2> }")
        else:
            small = SmallRules(sp, float(sl), float(ss))

    parts: list[Part] = []
    seen: set[str] = set()
    raw_parts = spec.get("parts", [])
    if not isinstance(raw_parts, list) or not raw_parts:
        problems.add(rel, "needs at least one [[parts]] entry")
        raw_parts = []
    for entry in raw_parts:
        part_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(part_id, str) or not is_id(part_id):
            problems.add(rel, f"part id {_show(part_id)} must be 1-40 characters of a-z, 0-9 or '_'")
            continue
        w = f"parts/{layer_id}/{part_id}.svg"
        if part_id in seen:
            problems.add(rel, f"duplicate part id {_show(part_id)}")
            continue
        seen.add(part_id)
        weight = entry.get("weight", 1.0)
        if not (is_number(weight) and 0 <= weight <= 1000):
            problems.add(rel, f"part {_show(part_id)}: 'weight' must be a number from 0 to 1000")
            weight = 1.0
        presentation = entry.get("presentation", [])
        if not isinstance(presentation, list) or any(p not in PRESENTATIONS for p in presentation):
            problems.add(
                rel, f"part {_show(part_id)}: 'presentation' must list some of {', '.join(PRESENTATIONS)}"
            )
            presentation = []
        lean = entry.get("lean", {})
        if not (
            isinstance(lean, dict)
            and all(k in PRESENTATIONS and is_number(v) and 0 <= v <= 100 for k, v in lean.items())
        ):
            problems.add(
                rel,
                f"part {_show(part_id)}: 'lean' must map some of {', '.join(PRESENTATIONS)} to numbers 0-100",
            )
            lean = {}
        scales = entry.get("scales", {})
        if not (
            isinstance(scales, dict)
            and all(is_id(k) and is_number(v) and 0.5 <= v <= 2 for k, v in scales.items())
        ):
            problems.add(rel, f"part {_show(part_id)}: 'scales' must map layer ids to numbers from 0.5 to 2")
            scales = {}
        hides = entry.get("hides", [])
        if not isinstance(hides, list) or not all(isinstance(h, str) for h in hides):
            problems.add(rel, f"part {_show(part_id)}: 'hides' must be a list of layer ids")
            hides = []
        tags = _hair_tags(entry, canvas, problems, f"{rel} part {part_id!r}")
        for key in entry:
            if key not in {
                "id",
                "label",
                "label_ja",
                "weight",
                "presentation",
                "lean",
                "scales",
                "hides",
                "template",
                *_HAIR_KEYS,
            }:
                problems.add(rel, f"part {_show(part_id)}: unknown key {_show(key)}")
        if w not in cleaned.raw:
            problems.add(w, "part file is missing")
            continue
        digest.update(w.encode() + b"\0" + cleaned.raw[w])
        made = _template(cleaned, w, layer_id, part_id, slots, problems)
        if made is None:
            continue
        template, used = made
        variants = {}
        prefix = f"parts/{layer_id}/{part_id}@"
        for vw in sorted(p for p in cleaned.raw if p.startswith(prefix) and p.endswith(".svg")):
            tid = vw[len(prefix) : -len(".svg")]
            if not is_id(tid):
                problems.add(vw, "a variant is named <part>@<head template>.svg")
                continue
            digest.update(vw.encode() + b"\0" + cleaned.raw[vw])
            vmade = _template(cleaned, vw, layer_id, part_id, slots, problems)
            if vmade is not None:
                variants[tid] = vmade[0]
        parts.append(
            Part(
                part_id,
                _text(entry, "label", part_id, problems, rel),
                _text(entry, "label_ja", "", problems, rel),
                float(weight),
                tuple(presentation),
                tuple(hides),
                template,
                used,
                _head_template(entry, part_id, problems, rel),
                variants,
                **tags,
                lean={k: float(v) for k, v in sorted(lean.items())},
                scales={k: float(v) for k, v in sorted(scales.items())},
            )
        )
    return Layer(
        layer_id,
        _text(spec, "label", layer_id, problems, rel),
        _text(spec, "label_ja", "", problems, rel),
        optional,
        float(probability),
        (region[0], region[1], region[2], region[3]),
        TransformLimits(**limits),
        (pivot[0], pivot[1]),
        tuple(parts),
        follows,
        small,
    )


def _head_template(entry: dict[str, Any], part_id: str, problems: _Problems, rel: str) -> str | None:
    value = entry.get("template")
    if value is None or is_id(value):
        return value
    problems.add(rel, f"part {part_id!r}: 'template' must name a head template")
    return None


_HAIR_KEYS = ("texture", "length", "volume", "ties", "anchor", "fits")


def _hair_tags(entry: dict[str, Any], canvas: int, problems: _Problems, where: str) -> dict[str, Any]:
    """The optional hair keys of a part: texture/length/volume tags, tie points, an anchor, fits."""
    tags: dict[str, Any] = {}
    for key, allowed in (("texture", TEXTURES), ("length", LENGTHS), ("volume", VOLUMES)):
        if key in entry:
            if entry[key] in allowed:
                tags[key] = entry[key]
            else:
                problems.add(where, f"'{key}' must be one of {', '.join(allowed)}, not {_show(entry[key])}")

    def point(value: object) -> bool:
        xy = numbers(value, 2)
        return xy is not None and all(-canvas <= v <= 2 * canvas for v in xy)

    if "ties" in entry:
        ties = entry["ties"]
        if isinstance(ties, list) and len(ties) <= 16 and all(point(t) for t in ties):
            tags["ties"] = tuple((float(x), float(y)) for x, y in ties)
        else:
            problems.add(where, "'ties' must be a list of at most 16 [x, y] points on the canvas")
    if "anchor" in entry:
        if point(entry["anchor"]):
            tags["anchor"] = (float(entry["anchor"][0]), float(entry["anchor"][1]))
        else:
            problems.add(where, "'anchor' must be an [x, y] point on the canvas")
    if "fits" in entry:
        fits = entry["fits"]
        if isinstance(fits, list) and fits and all(v in VOLUMES for v in fits):
            tags["fits"] = tuple(fits)
        else:
            problems.add(where, f"'fits' must list some of {', '.join(VOLUMES)}")
    return tags


def builtin_assets_dir() -> Path:
    """The folder holding the built-in packs, from source or inside a frozen bundle."""
    from ..paths import assets_dir

    return assets_dir()


def builtin_pack_dir(pack_id: str = "anime") -> Path:
    return builtin_assets_dir() / pack_id


_PACK_CACHE: dict[Path, Pack] = {}


def load_builtin(pack_id: str = "anime") -> Pack:
    """The built-in pack, loaded once per process."""
    path = builtin_pack_dir(pack_id)
    if path not in _PACK_CACHE:
        _PACK_CACHE[path] = replace(load_pack(path), builtin=True)
    return _PACK_CACHE[path]
