"""Caption sizes: the guessed-and-confirmed size is the one a search down from the largest size finds."""

import pytest

from avatarstudio.export import captions


def _searched(text, room, largest, smallest):
    for size in range(largest, smallest - 1, -1):
        w, h = captions.measure(text, size)
        pad = 2 * captions.halo_width(size)
        if w + pad <= room[0] and h + pad <= room[1]:
            return size
    return None


# "もう!" is a pixel less tall at 61 px than at 60 (hinting): in a room 74 px tall 59 and 61 fit, 60 does not
@pytest.mark.parametrize("text", ["もう!", "ありがとう", "Thank\nyou!", "おやすみ\nなさい", "OK!"])
def test_largest_size_is_the_one_a_search_from_the_top_finds(text):
    for width in range(40, 520, 23):
        for height in range(30, 200, 11):
            for largest, smallest in ((102, 80), (64, 50), (30, 15)):
                found = captions.largest_size(
                    text, lambda w, h, r=(width, height): w <= r[0] and h <= r[1], largest, smallest
                )
                assert found == _searched(text, (width, height), largest, smallest), (width, height)
    assert captions.fit_size("もう!", (474, 74), 64, 50, "t") == 61


def test_a_caption_that_fits_nowhere_is_refused():
    with pytest.raises(captions.CaptionTooLong, match="does not fit"):
        captions.fit_size("ありがとうございます", (60, 40), 30, 15, "t")
