"""Still emoji that several platforms share: encoded once, each platform's file what its own encode gives."""

from dataclasses import replace

import pytest

from avatarstudio.core.generate import generate
from avatarstudio.core.presets import load_all
from avatarstudio.export.kit import _Builder, _enc


@pytest.fixture(scope="module")
def builder(builtin_pack):
    from avatarstudio.render import Renderer

    design = generate(builtin_pack, "emoji-share")
    return _Builder(builtin_pack, design, Renderer(), None)


def test_a_shared_emoji_is_each_platform_s_own_encoding(builder):
    platforms = load_all()
    targets = [platforms[p].targets["emoji"] for p in ("discord", "mastodon", "misskey", "slack")]
    assert len({t.max_bytes for t in targets}) == 3  # three limits, one image
    intent = builder.emoji_intents(targets[0])[0]
    image = builder.emoji_image(targets[0], intent)
    own = [_enc(image, t, "own") for t in targets]
    assert len(set(own)) == 1  # the first try fits every limit
    shared = [builder.emoji_bytes(t, intent, "shared") for t in targets]
    assert shared == own
    assert len({id(data) for data in shared}) == 1  # encoded once

    # a limit the first try does not fit: that platform gets its own tries (a palette PNG), the others
    # keep the shared file
    tight = replace(targets[3], max_bytes=len(own[0]) - 1)
    data = builder.emoji_bytes(tight, intent, "tight")
    assert data == _enc(image, tight, "tight") and len(data) <= tight.max_bytes and data != own[0]
    assert builder.emoji_bytes(targets[0], intent, "again") is shared[0]
