"""The issue's acceptance run: 200 seeds x every avatar preset on the built-in art, twice."""

import hashlib
import io
import json
import shutil
import subprocess

import pytest
from PIL import Image
from support import EXIFTOOL_STRUCTURAL

from avatarstudio.cli import main
from avatarstudio.core.presets import avatar_targets, load_all
from avatarstudio.export.inspect import assert_clean

pytestmark = pytest.mark.slow  # the built-in art through every preset, twice

SEEDS = 200
REPEAT = 40  # the second run repeats the first 40 rows in a fresh batch (new worker processes)


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("batch")
    targets = avatar_targets(load_all())
    spec = tmp / "spec.toml"
    spec.write_text(
        f"seeds = {{ from = 1, count = {SEEDS} }}\npresets = {json.dumps([t.platform for t in targets])}\n"
    )
    assert main(["batch", str(spec), "-o", str(tmp / "one"), "-q"]) == 0
    again = tmp / "again.toml"
    again.write_text(
        f"seeds = {{ from = 1, count = {REPEAT} }}\npresets = {json.dumps([t.platform for t in targets])}\n"
    )
    assert main(["batch", str(again), "-o", str(tmp / "two"), "-q"]) == 0
    return tmp, targets


def digest_tree(root, seeds):
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for seed in range(1, seeds + 1)
        for p in sorted((root / f"seed-{seed}").iterdir())
    }


def test_every_file_written_within_limits_and_clean(batch_out):
    tmp, targets = batch_out
    out = tmp / "one"
    report = json.loads((out / "report.json").read_text())
    assert report["failed"] == 0
    assert report["files"] == SEEDS * len(targets)
    ext = {"png": "png", "jpeg": "jpg", "webp": "webp"}
    for seed in range(1, SEEDS + 1):
        for target in targets:
            path = out / f"seed-{seed}" / f"{target.platform}-avatar.{ext[target.format]}"
            data = path.read_bytes()
            assert target.max_bytes is None or len(data) <= target.max_bytes, path
            assert Image.open(io.BytesIO(data)).size == target.size
            assert_clean(data)


def test_second_run_is_byte_identical(batch_out):
    tmp, _ = batch_out
    first, second = digest_tree(tmp / "one", REPEAT), digest_tree(tmp / "two", REPEAT)
    assert len(first) == REPEAT * len(batch_out[1])
    assert first == second


@pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
def test_exiftool_sees_no_metadata_in_a_sample(batch_out):
    tmp, targets = batch_out
    files = [str(p) for p in sorted((tmp / "one" / "seed-7").iterdir())]
    out = subprocess.run(["exiftool", "-j", "-a", *files], capture_output=True, text=True, check=True)
    for entry in json.loads(out.stdout):
        assert set(entry) <= EXIFTOOL_STRUCTURAL, (entry["SourceFile"], set(entry) - EXIFTOOL_STRUCTURAL)
