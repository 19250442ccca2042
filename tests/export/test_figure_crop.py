"""A waving figure's crop: the moving arm drawn alone at each end of its swing gives the whole figure's box."""

import pytest

from avatarstudio.core.generate import generate
from avatarstudio.core.pack import load_builtin
from avatarstudio.export import stickers
from avatarstudio.render import Renderer


def _union(a, b):
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


@pytest.mark.parametrize("seed", ["crop-a", "crop-b"])
def test_the_arm_alone_gives_the_box_of_the_whole_turned_figure(seed):
    pack = load_builtin()
    cache = stickers.FigureCache(pack, generate(pack, seed), Renderer())
    waving = [it for it in cache.kit.intents if cache.kit.poses[it.pose].moving_arm]
    assert waving
    size = (round(stickers.FIGURE_HEIGHT * stickers.BOX[2] / stickers.BOX[3]), stickers.FIGURE_HEIGHT)
    for intent in waving:
        still = cache._render(intent, None, 0.0, size).getchannel("A").getbbox()
        swing = cache.kit.poses[intent.pose].swing
        for turn in (-swing, swing):
            whole = cache._render(intent, None, turn, size).getchannel("A").getbbox()
            assert _union(still, cache._arm_box(intent, turn, size)) == _union(still, whole)
        # and the crop the figure takes holds the whole swing
        x0, y0, x1, y1 = cache.figure(intent).crop
        for turn in (-swing, swing):
            box = cache._render(intent, None, turn, size).getchannel("A").getbbox()
            assert x0 <= box[0] and y0 <= box[1] and box[2] <= x1 and box[3] <= y1
