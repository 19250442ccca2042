"""Alt text in Japanese and English, built from the pack's part labels and colour names.

Pure and deterministic: the same pack, design and expression give the same text. Colours are named
by the nearest palette entry of the pack (English) and a fixed Japanese colour vocabulary; the text
describes the drawing only (hair, eyes, clothes, accessories, expression, background).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .colour import hls, parse_hex
from .compose import visible_parts
from .design import Design, effective_colours

if TYPE_CHECKING:
    from .pack import Pack

# Japanese names for common palette colour names (built-in pack and general use).
COLOUR_JA = {
    "jet": "漆黒",
    "black": "黒",
    "espresso": "こげ茶",
    "chestnut": "栗色",
    "auburn": "赤褐色",
    "copper": "銅色",
    "honey_blonde": "ハニーブロンド",
    "blonde": "金色",
    "platinum": "プラチナブロンド",
    "silver": "銀色",
    "snow": "白銀",
    "white": "白",
    "sakura": "桜色",
    "rose": "ローズ",
    "lavender": "ラベンダー色",
    "violet": "すみれ色",
    "sky": "空色",
    "navy": "紺色",
    "mint": "ミント色",
    "forest": "深緑",
    "sapphire": "サファイア色",
    "emerald": "エメラルド色",
    "jade": "翡翠色",
    "amber": "琥珀色",
    "gold": "金色",
    "hazel": "ヘーゼル",
    "brown": "茶色",
    "ruby": "ルビー色",
    "teal": "青緑",
    "grey": "灰色",
    "gray": "灰色",
    "charcoal": "チャコール",
    "cream": "クリーム色",
    "crimson": "深紅",
    "coral": "コーラル",
    "mustard": "からし色",
    "olive": "オリーブ色",
    "lilac": "ライラック色",
    "plum": "プラム色",
    "pink": "ピンク",
    "red": "赤",
    "blue": "青",
    "green": "緑",
    "purple": "紫",
    "mist": "霧色",
    "peach": "ピーチ",
    "lemon": "レモン色",
    "blush": "淡いピンク",
    "sage": "セージ色",
    "slate": "スレート色",
    "night": "夜空色",
    "porcelain": "色白",
    "ivory": "アイボリー",
    "sand": "サンド",
    "honey": "ハニー",
    "caramel": "キャラメル",
    "bronze": "ブロンズ",
    "cocoa": "ココア",
    "ebony": "エボニー",
    "light": "明るい色",
    "dark": "暗い色",
}
_HUES_JA = (
    (0.04, "赤"),
    (0.11, "オレンジ"),
    (0.18, "黄色"),
    (0.45, "緑"),
    (0.55, "水色"),
    (0.7, "青"),
    (0.8, "紫"),
    (0.92, "ピンク"),
    (1.01, "赤"),
)
_HUES_EN = (
    (0.04, "red"),
    (0.11, "orange"),
    (0.18, "yellow"),
    (0.45, "green"),
    (0.55, "cyan"),
    (0.7, "blue"),
    (0.8, "purple"),
    (0.92, "pink"),
    (1.01, "red"),
)

HAIR_LAYERS = ("hair_front", "hair_side", "hair_back")
ACCESSORY_LAYERS = (
    "glasses",
    "earrings",
    "headwear",
    "hair_ornament",
    "headphones",
    "animal_ears",
    "face_mask",
)


def _hue_name(value: str, language: str) -> str:
    h, light, sat = hls(value)
    if sat < 0.12 or light < 0.12 or light > 0.92:
        if light < 0.2:
            return "黒" if language == "ja" else "black"
        if light > 0.85:
            return "白" if language == "ja" else "white"
        return "灰色" if language == "ja" else "grey"
    for limit, name in _HUES_JA if language == "ja" else _HUES_EN:
        if h < limit:
            return name
    return ""


def colour_name(pack: Pack | None, value: str, language: str = "en", palette: str | None = None) -> str:
    """The nearest palette colour's name (``palette`` first, else all of the pack's palettes)."""
    r, g, b = parse_hex(value)
    pools = [pack.palettes.get(palette, {})] if palette and pack is not None else []
    if pack is not None:
        pools.append({k: v for pal in sorted(pack.palettes) for k, v in pack.palettes[pal].items()})
    for pool in pools:
        if not pool:
            continue
        best = min(
            sorted(pool.items()),
            key=lambda kv: sum((x - y) ** 2 for x, y in zip(parse_hex(kv[1]), (r, g, b))),
        )
        name = best[0]
        if language == "ja":
            return COLOUR_JA.get(name, _hue_name(best[1], "ja"))
        return name.replace("_", " ")
    return _hue_name(value, language)


def _label(pack: Pack, layer_id: str, part_id: str, language: str) -> str:
    part = pack.layer(layer_id).part(part_id)
    if language == "ja":
        return part.label_ja or part.label or part_id
    label = part.label or part_id.replace("_", " ")
    # Mid-sentence: "Suit and tie" -> "suit and tie" (keep acronyms such as "VR").
    return label[0].lower() + label[1:] if len(label) > 1 and not label[1].isupper() else label


NAMED_SLOTS = ("hair", "eye_left", "eye_right", "clothes", "background")  # the colours the text names


def colour_names(pack: Pack, design: Design, language: str = "en") -> dict[str, str]:
    """The name of each of the design's NAMED_SLOTS colours (a slot the pack lacks is left out): what
    ``alt_text`` says of them, whatever the expression. A kit names them once, not once per line."""
    colours = effective_colours(pack, design)
    return {
        slot: colour_name(
            pack, colours[slot], language, pack.slots[slot].palette if slot in pack.slots else None
        )
        for slot in NAMED_SLOTS
        if slot in colours
    }


def alt_text(
    pack: Pack,
    design: Design,
    language: str = "en",
    expression: str | None = None,
    background: bool = True,
    names: dict[str, str] | None = None,
) -> str:
    """One short paragraph describing the avatar for screen readers; ``names`` is the design's
    ``colour_names`` in ``language`` (named here when not given)."""
    names = colour_names(pack, design, language) if names is None else names
    shown = dict(visible_parts(pack, design, expression))
    expr_id = expression or design.expression
    expr = pack.expressions.get(expr_id)
    ja = language == "ja"

    def lab(layer_id: str) -> str:  # only asked for layers in `shown`
        return _label(pack, layer_id, shown[layer_id], language)

    sentences = []
    sentences.append(
        "アニメ調のイラストのアバター（写真ではありません）。"
        if ja
        else "An anime-style illustrated avatar (not a photo)."
    )
    hair_labels = list(dict.fromkeys(lab(h) for h in ("hair_back", "hair_side", "hair_front") if h in shown))
    hair_c = names.get("hair")
    if hair_labels:
        if ja:
            sentences.append(f"髪は{hair_c + 'の' if hair_c else ''}{'、'.join(hair_labels)}。")
        else:
            text = f"{hair_c} hair" if hair_c else "Hair"
            sentences.append(f"{text[0].upper() + text[1:]}: {', '.join(hair_labels)}.")
    if "eyes" in shown:
        eye_c = names.get("eye_left")
        eye_r = names.get("eye_right")
        if ja:
            colour = (
                f"{eye_c}と{eye_r}のオッドアイ"
                if eye_r and eye_c and eye_r != eye_c
                else (f"{eye_c}の瞳" if eye_c else "瞳")
            )
            sentences.append(f"目は{lab('eyes')}、{colour}。")
        else:
            colour = (
                f"{eye_c} and {eye_r} eyes (heterochromia)"
                if eye_r and eye_c and eye_r != eye_c
                else f"{eye_c} eyes"
                if eye_c
                else "eyes"
            )
            sentences.append(f"{colour[0].upper() + colour[1:]} ({lab('eyes')}).")
    cloth_layer = "clothing" if "clothing" in shown else None
    if cloth_layer:
        cc = names.get("clothes")
        if ja:
            sentences.append(f"服装は{cc + 'の' if cc else ''}{lab(cloth_layer)}。")
        else:
            sentences.append(f"Wearing {(cc + ' ') if cc else ''}{lab(cloth_layer)}.")
    extras = [lab(layer) for layer in ACCESSORY_LAYERS if layer in shown]
    if extras:
        sentences.append(
            ("アクセサリー：" + "、".join(extras) + "。") if ja else ("With " + ", ".join(extras) + ".")
        )
    if expr is not None:
        name = (expr.label_ja or expr.label) if ja else (expr.label or expr.id)
        sentences.append(f"表情：{name}。" if ja else f"Expression: {name.lower()}.")
    if background:
        if "background" in shown:
            bc = names.get("background")
            bl = lab("background")
            sentences.append(
                f"背景は{bc + 'の' if bc else ''}{bl}。"
                if ja
                else f"Background: {(bc + ' ') if bc else ''}{bl}."
            )
    else:
        sentences.append("背景は透明。" if ja else "Transparent background.")
    return ("" if ja else " ").join(sentences)
