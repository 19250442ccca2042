"""Line sizes of cards and banners: the guessed-and-confirmed size (fonts.line_size) is the one a search
down the shrink steps finds, measuring at every step."""

from functools import cache

import pytest

from avatarstudio.export import fonts

NAMES = [
    "Mio Hoshino",
    "星野みお",
    "Yuki",
    "W",
    "iiiiiiiiiiii",
    "WWWWWWWWWWWW",
    "Alexandria Montgomery-Fitzgerald",
    "さくらもち🌸",
    "ほしの みお / Mio",
    "@mio_sky",
    "@a.very.long.handle.for.someone",
    "#illustration  #sweets  #books",
    "#イラスト  #お菓子  #読書",
    "漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字",
    "Ünïcödé Çafé",
    "自己紹介カード",
    "PROFILE CARD",
]
# (size, min_size) as banners (name, handle, tags at k = 1 and shrunk) and cards ask on their canvases
SIZES = sorted(
    {
        pair
        for u, th in (
            (3.15, 207),
            (4.8, 356),
            (5, 440),
            (6.7, 404),
            (8.78, 272),
            (10, 880),
            (10.8, 606),
            (14.4, 1440),
        )
        for k in (1.0, 0.9, 0.59)
        for pair in (
            (int(th * k * 0.3), max(10, int(u * 4 * k))),
            (int(th * k * 0.14), max(9, int(u * 3 * k))),
            (int(th * k * 0.1), max(9, int(u * 2.6 * k))),
            (int(8 * u), int(4 * u)),
            (int(6 * u), int(3 * u)),
        )
    }
)


def _searched(max_width, size, min_size, width_at):
    """fit_line's size as it was found: a measure at every step down from ``size``."""
    size = int(size)
    while size > min_size and width_at(size) > max_width:
        size = max(min_size, int(size * 0.92))
    return size


@pytest.mark.parametrize("weight", ["regular", "bold"])
def test_line_size_is_the_one_a_search_down_every_step_finds(monkeypatch, weight):
    font = cache(fonts.font.__wrapped__)  # every size kept: the test measures each text at ~60 of them
    monkeypatch.setattr(fonts, "font", font)
    measured = cache(fonts.text_width)
    monkeypatch.setattr(fonts, "text_width", measured)
    checked = 0
    for name in NAMES:
        text = fonts.clean(name, weight)
        for size, min_size in SIZES:
            steps = fonts.shrink_steps(size, min_size)
            widths = [measured(text, font(s, weight)) for s in steps]
            width_at = dict(zip(steps, widths, strict=True))
            # every width near where the size found changes (a step's width) or the guess does (the top
            # width scaled to a step), and a width every 8 px between
            edges = widths + [widths[0] * s // steps[0] for s in steps]
            for max_width in sorted(
                {w + d for w in edges for d in range(-2, 3)} | set(range(0, widths[0] + 3, 8))
            ):
                want = _searched(max_width, size, min_size, width_at.get)
                assert fonts.line_size(text, max_width, size, min_size, weight) == want, (
                    name,
                    max_width,
                    size,
                )
                checked += 1
    assert checked > 50_000


def test_shrink_steps():
    assert fonts.shrink_steps(106, 19) == [
        106,
        97,
        89,
        81,
        74,
        68,
        62,
        57,
        52,
        47,
        43,
        39,
        35,
        32,
        29,
        26,
        23,
        21,
        19,
    ]
    assert fonts.shrink_steps(20, 20) == [20]
    assert fonts.shrink_steps(12, 30) == [12]  # under the minimum: kept, as the search down did


def test_fit_line_cuts_at_the_smallest_size():
    f, text = fonts.fit_line("Alexandria Montgomery-Fitzgerald", 120, 60, 20, "bold")
    assert f.size == 20 and text.endswith(fonts.ELLIPSIS) and fonts.text_width(text, f) <= 120
