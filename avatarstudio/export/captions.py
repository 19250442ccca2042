"""Sticker captions: bold Noto Sans CJK with a white halo, fitted whole or refused, never cut.

A caption is set in Noto Sans CJK JP Bold (OFL; the same font file as cards, see ``fonts``) in a dark
ink taken from the design's accent colour, inside a thick white outline: the ink reads on a white chat,
the halo on LINE's blue wallpaper and in dark mode. Lines break only where the caption has a newline
(the author's choice), or in two where one line does not fit at any size that reads (``two_lines``:
between words, never inside one of ``WORDS`` but at its marked joint); a caption that does not
fit its room at the smallest allowed size raises
:class:`CaptionTooLong` naming the text and the room, so the user shortens it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PIL import Image, ImageDraw

from ..core.colour import derive, relative_luminance
from ..core.errors import ExportError
from ..core.linebreak import NO_LINE_START
from .fonts import font

WEIGHT = "bold"
MAX_LINES = 3
MAX_CHARS = 40
LINE_STEP = 1.06  # of the font size, from one line to the next


class CaptionTooLong(ExportError):
    """A caption that does not fit its room at the smallest size."""


def ink(accent: str) -> tuple[int, int, int]:
    """A dark, saturated ink from the design's accent colour (luminance <= 0.09 for contrast on white)."""
    tone = accent
    for _ in range(4):
        if relative_luminance(tone) <= 0.09:
            break
        tone = derive(tone, "line")
    return int(tone[1:3], 16), int(tone[3:5], 16), int(tone[5:7], 16)


def lines_of(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\r", "").split("\n") if line.strip()]


def check_text(text: str, where: str) -> None:
    if len(text) > MAX_CHARS or len(lines_of(text)) > MAX_LINES:
        raise CaptionTooLong(
            f"caption {text!r} of {where} is too long: at most {MAX_LINES} lines and {MAX_CHARS} characters"
        )
    if any(ord(c) < 32 and c != "\n" for c in text):
        raise CaptionTooLong(f"caption {text!r} of {where} holds control characters")


@lru_cache(maxsize=4096)  # fitting a caption measures it at many sizes, on every platform's canvas
def measure(text: str, size: int) -> tuple[int, int]:
    """Width and height of the caption's ink (without its halo) at ``size`` px."""
    f = font(size, WEIGHT)
    boxes = [f.getbbox(line) for line in lines_of(text)]
    if not boxes:
        return 0, 0
    width = max(round(x1 - x0) for x0, _, x1, _ in boxes)
    return width, round((len(boxes) - 1) * line_step(size) + boxes[-1][3] - boxes[0][1])


def line_step(size: int) -> int:
    return round(size * LINE_STEP)


def two_lines(text: str) -> str | None:
    """``text`` of one line broken into two of about equal length: at the space nearest the middle, or
    (Japanese, no spaces) between words nearest the middle where the second line may start; None when
    it has a line break already, is too short to break, or is one word that has no joint."""
    text = text.strip()
    if "\n" in text or len(text) < 4:
        return None
    middle = len(text) / 2
    spaces = [i for i, c in enumerate(text) if c == " "]
    if spaces:
        i = min(spaces, key=lambda k: abs(k - middle))
        return text[:i].rstrip() + "\n" + text[i + 1 :].lstrip()
    # never inside a run of Latin letters and signs (Sor|ry!): a word without spaces stays whole
    cuts = [
        i
        for i in range(2, len(text) - 1)
        if text[i] not in NO_LINE_START and not (text[i - 1].isascii() and text[i].isascii())
    ]
    if not cuts:
        return None
    inside, soft, edges = _words(text)

    def cost(k: int) -> float:
        # rather where a word ends (a word of WORDS, after a particle or punctuation, or where kanji, kana
        # and Latin meet: 本当に|ありがとう, ありがとう|ございます) than in a word, when that is not far from
        # the middle; inside a word of WORDS only at its marked joint (いただき|ます), never elsewhere (a
        # caption that is one such word stays on one line, or is refused)
        if k in inside:
            return abs(k - middle) + (len(text) / 4 if k in soft else 2 * len(text))
        return abs(k - middle) + (0 if k in edges or _word_ends(text, k) else len(text) / 4)

    i = min(cuts, key=cost)
    if i in inside and i not in soft:
        return None
    return text[:i] + "\n" + text[i:]


# words and set phrases of the captions that a line break must not split, with "|" where one may break
# if it must (before an auxiliary: いただき|ます); where they meet, a break is best (ありがとう|ございます)
WORDS = (
    "ありがとう",
    "ござい|ます",
    "ござい|ました",
    "おつかれ|さま",
    "お疲れ|様",
    "よろしく",
    "おねがい",
    "お願い",
    "いただき|ます",
    "ごちそう|さま",
    "おやすみ|なさい",
    "おやすみ",
    "ごめん|なさい",
    "ごめん",
    "おめでとう",
    "こんにちは",
    "こんばんは",
    "おはよう",
    "しょん|ぼり",
    "でんわ",
    "げんき",
    "だいすき",
    "がんばって",
    "いそがしい",
    "ただいま",
    "おかえり",
    "いって|きます",
    "いって|らっしゃい",
    "つかれた",
    "ねむい",
    "行く",
    "ドキドキ",
    "イェーイ",
    "やったー",
    "まって",
    "誕生日",
)


def _words(text: str) -> tuple[set[int], set[int], set[int]]:
    """Cut positions of ``text`` inside a word of WORDS, those of them at a word's marked joint, and
    those where such a word starts or ends."""
    inside: set[int] = set()
    soft: set[int] = set()
    edges: set[int] = set()
    for entry in WORDS:
        word = entry.replace("|", "")
        joints = {entry.index("|")} if "|" in entry else set()
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            inside.update(range(start + 1, end))
            soft.update(start + j for j in joints)
            edges.update((start, end))
            start = text.find(word, start + 1)
    return inside, soft, edges - inside


AFTER_WORD = set("にをはものへねよ、。,!?！？…")  # particles that rarely end a word early (not が, で, と)


def _script(c: str) -> str:
    if "\u3040" <= c <= "\u309f":
        return "hiragana"
    if "\u30a0" <= c <= "\u30ff":
        return "katakana"
    if "\u4e00" <= c <= "\u9fff" or c in "々〆":
        return "kanji"
    return "other"


def _word_ends(text: str, i: int) -> bool:
    """Whether a word likely ends between ``text[i - 1]`` and ``text[i]`` (Japanese, no spaces)."""
    before, after = text[i - 1], text[i]
    if before in AFTER_WORD:
        return True
    # kanji then its kana ending (当に) stays together; kana then kanji, or katakana against hiragana, parts
    return _script(before) != _script(after) and not (
        _script(before) == "kanji" and _script(after) == "hiragana"
    )


def halo_width(size: int) -> int:
    return max(2, round(size * 0.16))


def largest_size(text: str, fits: Callable[[float, float], bool], largest: int, smallest: int) -> int | None:
    """The largest size in [smallest, largest] at which the block of ``text`` (its ink and halo, px wide and
    tall) ``fits``; None when none does: the size a search down from ``largest`` finds, for a few
    measures instead of one at every size. Ink grows in proportion to the type size, to a pixel of
    hinting (a size may even be a pixel less tall than the one under it), so the search starts two
    sizes over the size that one measure at ``largest`` predicts, and goes up instead where that fits."""

    def block_fits(size: int) -> bool:
        w, h = measure(text, size)
        pad = 2 * halo_width(size)
        return fits(w + pad, h + pad)

    w, h = measure(text, largest)
    guess = smallest
    for size in range(largest, smallest - 1, -1):
        k, pad = size / largest, 2 * halo_width(size)
        if fits(w * k + pad, h * k + pad):
            guess = size
            break
    size = min(largest, guess + 2)
    if block_fits(size):  # predicted too small: up while a size fits, or the one over it
        while True:
            up = [s for s in (size + 1, size + 2) if s <= largest and block_fits(s)]
            if not up:
                return size
            size = up[-1]
    while size > smallest:
        size -= 1
        if block_fits(size):
            return size
    return None


def fit_size(text: str, room: tuple[int, int], largest: int, smallest: int, where: str) -> int:
    """The largest size in [smallest, largest] at which ``text`` and its halo fit ``room``; else refuse."""
    check_text(text, where)
    size = largest_size(text, lambda w, h: w <= room[0] and h <= room[1], largest, smallest)
    if size is not None:
        return size
    w, h = measure(text, smallest)
    raise CaptionTooLong(
        f"caption {text!r} of {where} does not fit: {w}x{h} px at the smallest size ({smallest} px), "
        f"the room is {room[0]}x{room[1]} px; shorten it or break it into lines",
    )


def render(text: str, size: int, fill: tuple[int, int, int], *, halo: tuple[int, int, int] = (255, 255, 255)):
    """The caption block as an RGBA image (halo included), tightly trimmed."""
    f = font(size, WEIGHT)
    stroke = halo_width(size)
    lines = lines_of(text)
    w, h = measure(text, size)
    top = f.getbbox(lines[0])[1] if lines else 0
    image = Image.new("RGBA", (w + 4 * stroke, h + 4 * stroke), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        x0, _, x1, _ = f.getbbox(line)
        x = (image.width - (x1 - x0)) / 2 - x0
        y = 2 * stroke - top + i * line_step(size)
        draw.text((x, y), line, font=f, fill=fill + (255,), stroke_width=stroke, stroke_fill=halo + (255,))
    box = image.getchannel("A").getbbox()
    return image.crop(box) if box else image
