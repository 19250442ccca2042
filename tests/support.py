"""Shared test helpers (import as `from support import ...`)."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MINI_PACK = ROOT / "tests" / "fixtures" / "mini_pack"


# What exiftool reports about any image file's structure; anything else counts as metadata
# (the mat2 approach, docs/security.md §3.5).
EXIFTOOL_STRUCTURAL = {
    "SourceFile",
    "ExifToolVersion",
    "FileName",
    "Directory",
    "FileSize",
    "FileModifyDate",
    "FileAccessDate",
    "FileInodeChangeDate",
    "FilePermissions",
    "FileType",
    "FileTypeExtension",
    "MIMEType",
    "ImageWidth",
    "ImageHeight",
    "BitDepth",
    "ColorType",
    "Compression",
    "Filter",
    "Interlace",
    "ImageSize",
    "Megapixels",
    "EncodingProcess",
    "BitsPerSample",
    "ColorComponents",
    "YCbCrSubSampling",
    "JFIFVersion",
    "ResolutionUnit",
    "XResolution",
    "YResolution",
    "VP8Version",
    "HorizontalScale",
    "VerticalScale",
    "VP8XFlags",
    "AlphaPreprocessing",
    "AlphaFiltering",
    "AlphaCompression",
    "WebP_Flags",
    "Transparency",
    "Palette",
    "PixelsPerUnitX",
    "PixelsPerUnitY",
    "PixelUnits",
}


def run_cli(*args: str, env: dict | None = None, cwd: Path | None = None):
    """Run the CLI in a fresh interpreter (for determinism checks across environments)."""
    import subprocess

    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "avatarstudio", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=cwd or ROOT,
        timeout=600,
    )


def qimage_pixels(image) -> list:
    """A QImage's pixel bytes row by row, without the padding at each row's end (for exact comparisons)."""
    import numpy as np

    rows = np.frombuffer(bytes(image.constBits()), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 4].tolist()


def count_sanitized(monkeypatch, module) -> list:
    """The names of the SVGs that go through ``module.sanitize_svg`` from now on (the test's own list)."""
    calls: list = []
    real = module.sanitize_svg

    def counting(data, *, name, canvas):
        calls.append(name)
        return real(data, name=name, canvas=canvas)

    monkeypatch.setattr(module, "sanitize_svg", counting)
    return calls
