"""The kit's shared pixel helpers: the disc dilation under outlines and the downscaling chain."""

import numpy as np
import pytest
from PIL import Image

from avatarstudio.export import raster


def _dilate_by_every_offset(solid, radius):
    """The plain definition: the maximum over every offset of the disc, nothing outside the array."""
    h, w = solid.shape
    grown = np.zeros_like(solid)
    for dy, dx in raster.disc(radius):
        ys, ye = max(0, dy), min(h, h + dy)
        xs, xe = max(0, dx), min(w, w + dx)
        np.maximum(grown[ys:ye, xs:xe], solid[ys - dy : ye - dy, xs - dx : xe - dx], out=grown[ys:ye, xs:xe])
    return grown


@pytest.mark.parametrize("radius", [1, 2, 3, 4, 5, 8])
def test_dilate_is_the_disc_maximum(radius):
    rng = np.random.default_rng(radius)
    for shape in ((2 * radius + 1, 2 * radius + 3), (41, 57)):
        solid = (rng.random(shape) < 0.03).astype(np.uint8) * 255
        solid[0, -1] = solid[-1, 0] = 255  # corners: the disc is clipped at every edge
        assert np.array_equal(raster.dilate(solid, radius), _dilate_by_every_offset(solid, radius))


def _master(seed=1, size=(300, 240)):
    rng = np.random.default_rng(seed)
    pixels = rng.integers(0, 256, (size[1], size[0], 4), dtype=np.uint8)
    pixels[:40, :, 3] = 0  # transparent rows, as around a trimmed figure
    return Image.fromarray(pixels, "RGBA")


def test_downscale_is_order_independent_and_close_to_one_lanczos_pass():
    sizes = [(25, 20), (100, 80), (60, 48), (150, 120)]
    first = _master()
    forward = [raster.downscale(first, s).tobytes() for s in sizes]
    second = _master()  # the same pixels, a fresh chain, asked in the other order (another thread first)
    backward = [raster.downscale(second, s).tobytes() for s in reversed(sizes)][::-1]
    assert forward == backward
    for size, data in zip(sizes, forward, strict=True):
        direct = np.asarray(first.resize(size, Image.Resampling.LANCZOS).convert("RGBa"), dtype=int)
        chained = np.asarray(Image.frombytes("RGBA", size, data).convert("RGBa"), dtype=int)
        assert np.abs(direct - chained).mean() < 3  # noise art: the hardest case for a box pre-filter
    # a shrink by less than 2 * GAP is the single LANCZOS pass itself
    assert raster.downscale(first, (150, 120)).tobytes() == first.resize((150, 120), Image.LANCZOS).tobytes()


def test_downscale_box_is_the_region():
    image = _master(2)
    box = (0, 0, 300, 150)
    out = raster.downscale(image, (30, 15), box)
    crop = image.crop(box).resize((30, 15), Image.Resampling.LANCZOS)
    assert out.size == (30, 15) and out.mode == "RGBA"
    diff = np.abs(np.asarray(out.convert("RGBa"), dtype=int) - np.asarray(crop.convert("RGBa"), dtype=int))
    assert diff[:-2].mean() < 3  # the last rows may see past the box's edge; the rest is the region


def test_a_downscaled_master_is_freed_with_its_chain():
    import gc
    import weakref

    image = _master(3, (400, 320))
    small = raster.downscale(image, (40, 32)).tobytes()  # builds halvings, keyed on the master
    assert id(image) in raster._chains and len(raster._chains[id(image)][1]) >= 2
    ref, key = weakref.ref(image), id(image)
    del image
    gc.collect()
    assert ref() is None  # the table held no strong reference to the master
    assert key not in raster._chains and key not in raster._premul  # and its entries went with it
    again = raster.downscale(_master(3, (400, 320)), (40, 32)).tobytes()
    assert again == small  # drawn again, the same pixels


def test_enlargements_and_small_shrinks_are_one_lanczos_pass_of_the_kept_premultiplied_master():
    image = _master(4, (120, 96))
    for size in [(150, 120), (100, 80), (240, 192)]:  # no halving: the master itself, premultiplied once
        assert raster.downscale(image, size).tobytes() == image.resize(size, Image.LANCZOS).tobytes()
    assert id(image) in raster._premul


def _rss_mib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_memory_goes_back_to_the_system():
    chunks = [bytearray(100_000) for _ in range(640)]  # ~61 MiB of heap (each below the mmap threshold)
    for chunk in chunks:
        chunk[::4096] = b"x" * len(chunk[::4096])  # touched: resident
    pin = bytearray(1000)  # allocated after them: the heap's top stays in use, so free() alone keeps it
    del chunks
    before = _rss_mib()
    raster.release_freed_memory()
    assert before - _rss_mib() > 30
    raster.release_freed_memory()  # again: nothing left to give, no harm
    assert len(pin) == 1000
