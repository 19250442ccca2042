"""The sticker figure parts come from the template cache when their bytes were made templates before:
the same parts without sanitizing, and a planted entry is sanitized again."""

import json

import pytest
from support import count_sanitized

from avatarstudio.core import packcache, sanitize
from avatarstudio.export import chibi


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("AVATARSTUDIO_CACHE_DIR", str(folder))
    monkeypatch.setattr(chibi, "_KITS", {})
    return folder


@pytest.fixture
def sanitized(monkeypatch):
    return count_sanitized(monkeypatch, sanitize)  # the figure kit calls core/sanitize.py's own


def _fresh(pack):
    chibi._KITS.clear()
    return chibi.load_figure_kit(pack).parts


def test_warm_figure_kit_is_the_same_without_sanitizing(builtin_pack, cache_dir, sanitized):
    cold = _fresh(builtin_pack)
    assert len(sanitized) == len(cold) > 0
    sanitized.clear()
    assert _fresh(builtin_pack) == cold and sanitized == []


def test_planted_figure_entry_is_sanitized_again(builtin_pack, cache_dir, sanitized):
    cold = _fresh(builtin_pack)
    path = cache_dir / "templates" / f"{builtin_pack.id}.stickers.json"
    body = json.loads(path.read_text())
    key = next(iter(body["entries"]))
    body["entries"][key][0] = "<script>alert(1)</script>"
    body["digest"] = packcache._digest(body["entries"])  # a valid digest: only the template check stops it
    path.write_text(json.dumps(body))
    sanitized.clear()
    assert _fresh(builtin_pack) == cold and len(sanitized) == 1
