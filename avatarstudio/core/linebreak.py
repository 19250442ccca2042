"""Japanese line-breaking rules (kinsoku) shared by sticker captions (export/captions.py) and the
studio's tile names (gui/panels/captions.py): each decides where its own lines break, both by this."""

from __future__ import annotations

# a line never starts with these: small kana, the long vowel mark, iteration marks, closing brackets and
# punctuation
NO_LINE_START = frozenset(
    "ーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々ゝゞヽヾ"
    "）」』】〕〉》］｝)]}、。，．・：；！？!?,.:;…‥〜~"
)
