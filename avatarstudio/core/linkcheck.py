"""Link check: could two personas in the library be tied to the same person?

For every pair it looks at what an observer sees side by side: shared distinctive parts (fringe, back
and side hair, eyes, accessories), how close the palettes are, how alike the avatars look (a
perceptual hash of 64 px renders, computed with numpy), and identity overlap (display names, handle
stems, bio phrases, tags, theme colour). Every finding says what to change. ``vary_away`` makes a new
persona far from all of them.

Pure Python + numpy: the caller passes a renderer for the image comparison (the core never imports Qt).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import numpy as np

from .colour import parse_hex
from .design import Design, effective_colours
from .pack import Pack

if TYPE_CHECKING:
    from PIL import Image

    from .compose import LayerSvg


class LayerRenderer(Protocol):
    """What the link check needs from a renderer (avatarstudio.render.Renderer is one)."""

    def render(self, layers: list[LayerSvg], width: int, height: int) -> Image.Image: ...


# Layers an observer remembers, with a plain name for the finding. Layers of other packs that are not
# listed here are not compared (a shared nose or face shape links no one).
DISTINCTIVE = {
    "hair_front": "fringe",
    "hair_back": "back hair",
    "hair_side": "side hair",
    "eyes": "eyes",
    "glasses": "glasses",
    "headwear": "headwear",
    "hair_ornament": "hair ornament",
    "headphones": "headphones",
    "earrings": "earrings",
    "face_mask": "face mask",
    "animal_ears": "animal ears",
    "effects": "effect",
    "face_marks": "face mark (mole, scar, piercing)",
    "facial_hair": "facial hair",
}
PALETTE_SLOTS = ("hair", "eye_left", "clothes", "clothes_accent", "background", "accessory")
PALETTE_CLOSE = 0.12  # mean RGB distance (0..1) below which two palettes read as the same
THEME_CLOSE = 0.08
HASH_CLOSE = 8  # of 64 bits: perceptual hashes this close look like the same picture at a glance
STRONG, WEAK = "strong", "weak"


@dataclass(frozen=True)
class Finding:
    kind: str  # parts | palette | image | name | handle | bio | tags | theme
    strength: str
    detail: str
    advice: str


@dataclass
class PairReport:
    a: str
    b: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def linked(self) -> bool:
        strong = sum(f.strength == STRONG for f in self.findings)
        return strong > 0 or len(self.findings) >= 3

    @property
    def kinds(self) -> set[str]:
        return {f.kind for f in self.findings}


def _colour_distance(a: str, b: str) -> float:
    ra, rb = np.array(parse_hex(a), float), np.array(parse_hex(b), float)
    return float(np.linalg.norm(ra - rb) / np.linalg.norm([255, 255, 255]))


def _dct_matrix(n: int) -> np.ndarray:
    k = np.arange(n)[:, None]
    x = np.arange(n)[None, :]
    m = np.cos(np.pi * (2 * x + 1) * k / (2 * n)) * np.sqrt(2 / n)
    m[0] /= np.sqrt(2)
    return np.asarray(m, dtype=float)


_DCT32 = _dct_matrix(32)


def perceptual_hash(rgba: np.ndarray) -> np.ndarray:
    """64-bit pHash of an image array (H, W, 3 or 4): DCT of a 32x32 grey image, 8x8 lowest frequencies
    compared with their median."""
    img = rgba[..., :3].astype(float)
    if rgba.shape[-1] == 4:  # composite on white so transparent corners do not matter
        alpha = rgba[..., 3:4].astype(float) / 255
        img = img * alpha + 255 * (1 - alpha)
    grey = img @ np.array([0.299, 0.587, 0.114])
    h, w = grey.shape
    ys = (np.arange(32) * h / 32).astype(int)
    xs = (np.arange(32) * w / 32).astype(int)
    small = grey[np.ix_(ys, xs)]
    freq = _DCT32 @ small @ _DCT32.T
    low = freq[:8, :8].flatten()[1:]  # drop the DC term (overall brightness)
    return np.asarray(low > np.median(low), dtype=bool)


def _stems(handle: str) -> set[str]:
    return {t for t in re.split(r"[_\-.\d]+", handle.lower()) if len(t) >= 3}


def _name_tokens(name: str) -> set[str]:
    words = {w.casefold() for w in re.split(r"[\s・._-]+", name) if len(w) >= 2}
    return words | ({name.casefold()} if name else set())


def _template_phrases() -> set[str]:
    """Phrases every generated bio of one template shares: not a link between two people."""
    from .persona import BIO_EN, BIO_JA

    out: set[str] = set()
    for template in BIO_EN + BIO_JA:
        for piece in re.split(r"\{[a-z0-9_]+\}", template):
            out |= _raw_phrases(piece)
    return out


def _phrases(text: str) -> set[str]:
    return _raw_phrases(text) - _TEMPLATE_PHRASES


def _raw_phrases(text: str) -> set[str]:
    if not text:
        return set()
    if text.isascii():
        words = re.findall(r"[a-z']+", text.lower())
        return {" ".join(words[i : i + 4]) for i in range(len(words) - 3)}
    flat = re.sub(r"\s+", "", text)
    return {flat[i : i + 8] for i in range(len(flat) - 7)}


_TEMPLATE_PHRASES = _template_phrases()


def compare(
    pack: Pack,
    a: Design,
    b: Design,
    *,
    hashes: tuple[np.ndarray, np.ndarray] | None = None,
) -> list[Finding]:
    """Every finding that could tie ``a`` and ``b`` together, each with what to change."""
    out: list[Finding] = []
    shared = [
        DISTINCTIVE[layer]
        for layer in DISTINCTIVE
        if a.parts.get(layer) is not None and a.parts.get(layer) == b.parts.get(layer)
    ]
    if shared:
        out.append(
            Finding(
                "parts",
                STRONG if len(shared) >= 3 else WEAK,
                "same " + ", ".join(shared),
                f"change the {shared[0]}"
                + (f" and the {shared[1]}" if len(shared) > 1 else "")
                + " on one of them",
            )
        )
    ca, cb = effective_colours(pack, a), effective_colours(pack, b)
    slots = [s for s in PALETTE_SLOTS if s in ca and s in cb]
    if slots:
        dist = float(np.mean([_colour_distance(ca[s], cb[s]) for s in slots]))
        if dist < PALETTE_CLOSE:
            out.append(
                Finding(
                    "palette",
                    STRONG,
                    f"palettes nearly the same (mean colour distance {dist:.2f})",
                    "recolour the hair and clothes of one of them",
                )
            )
    if hashes is not None:
        bits = int(np.count_nonzero(hashes[0] != hashes[1]))
        if bits <= HASH_CLOSE:
            out.append(
                Finding(
                    "image",
                    STRONG,
                    f"avatars look alike at a glance ({bits}/63 hash bits differ)",
                    "change the hair style or colours, or the background",
                )
            )
    pa, pb = a.persona, b.persona
    names = _name_tokens(pa.display_name) & _name_tokens(pb.display_name)
    if names:
        out.append(
            Finding("name", STRONG, f"display names share {sorted(names)[0]!r}", "pick another display name")
        )
    stems = _stems(pa.handle) & _stems(pb.handle)
    if stems:
        out.append(
            Finding(
                "handle", STRONG, f"handles share the stem {sorted(stems)[0]!r}", "pick a handle without it"
            )
        )
    phrases = _phrases(pa.bio) & _phrases(pb.bio)
    if phrases:
        out.append(
            Finding("bio", WEAK, f"bios share the phrase {sorted(phrases)[0]!r}", "reword one of the bios")
        )
    tags = set(pa.tags) & set(pb.tags)
    if len(tags) >= 2:
        out.append(Finding("tags", WEAK, "same tags " + ", ".join(sorted(tags)), "swap some tags"))
    if pa.theme and pb.theme and _colour_distance(pa.theme, pb.theme) < THEME_CLOSE:
        out.append(Finding("theme", WEAK, "theme colours nearly the same", "pick another theme colour"))
    return out


def image_hashes(pack: Pack, designs: Sequence[Design], renderer: LayerRenderer) -> list[np.ndarray]:
    from .compose import compose_layers

    out = []
    for d in designs:
        image = renderer.render(compose_layers(pack, d), 64, 64)
        out.append(perceptual_hash(np.asarray(image.convert("RGBA"))))
    return out


def check(
    pack: Pack, personas: Sequence[tuple[str, Design]], renderer: LayerRenderer | None = None
) -> list[PairReport]:
    """A report for every pair (labels are the caller's: ids or names)."""
    hashes = image_hashes(pack, [d for _, d in personas], renderer) if renderer is not None else None
    reports = []
    for i in range(len(personas)):
        for j in range(i + 1, len(personas)):
            pair = (hashes[i], hashes[j]) if hashes is not None else None
            findings = compare(pack, personas[i][1], personas[j][1], hashes=pair)
            reports.append(PairReport(personas[i][0], personas[j][0], findings))
    return reports


def vary_away(
    pack: Pack,
    existing: Sequence[Design],
    make: Callable[[str], Design],
    seeds: Callable[[], str],
    *,
    renderer: LayerRenderer | None = None,
    tries: int = 40,
) -> Design:
    """A new design (from ``make(seed)``, with its persona) that no existing persona is linked to; the
    candidate with the fewest findings when none is clean after ``tries``."""
    known = image_hashes(pack, existing, renderer) if renderer is not None else None
    best, best_score = None, None
    for _ in range(tries):
        candidate = make(seeds())
        mine = image_hashes(pack, [candidate], renderer)[0] if known is not None and renderer else None
        score = 0
        for k, other in enumerate(existing):
            pair = (mine, known[k]) if known is not None and mine is not None else None
            report = PairReport("new", "old", compare(pack, candidate, other, hashes=pair))
            score += 100 * report.linked + len(report.findings)
        if best_score is None or score < best_score:
            best, best_score = candidate, score
        if score == 0:
            break
    assert best is not None  # tries >= 1
    return best
