"""Persona generation: a made-up name, handle, bio, tags and theme colour for a design.

Seeded and lockable like the avatar: every decision is ``generate.unit``/``generate.pick`` on a
``persona:*`` key, never ``random``, so the same (seed, design) gives the same persona everywhere and
re-rolling one field (a new seed with the others kept) changes only that field. Nothing here reads the
user's real data (no user name, locale, clock, host or path): names, bios and tags come from the
fixed lists below, the theme from the design's own colours.

Text uses only characters that Noto Sans CJK covers (kana, kanji, ASCII, a few CJK symbols), so every
generated persona renders with the bundled/Debian font on cards and banners.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from .colour import hls, parse_hex, to_hex
from .design import Design, Persona, effective_colours
from .design import bare_handle as bare_handle  # where the persona panel and CLI find it
from .generate import pick, unit
from .pack import Pack

LANGUAGES = ("ja", "en")
FIELDS = ("display_name", "handle", "bio", "tags", "theme", "language")  # generated fields

# Given names: (kanji, hiragana, katakana, romaji). Romaji is Hepburn without macrons.
GIVEN = (
    ("美香", "みか", "ミカ", "mika"),
    ("結衣", "ゆい", "ユイ", "yui"),
    ("陽菜", "ひな", "ヒナ", "hina"),
    ("葵", "あおい", "アオイ", "aoi"),
    ("蓮", "れん", "レン", "ren"),
    ("湊", "みなと", "ミナト", "minato"),
    ("悠", "はるか", "ハルカ", "haruka"),
    ("凛", "りん", "リン", "rin"),
    ("颯", "はやて", "ハヤテ", "hayate"),
    ("紬", "つむぎ", "ツムギ", "tsumugi"),
    ("朔", "さく", "サク", "saku"),
    ("雪", "ゆき", "ユキ", "yuki"),
    ("光", "ひかる", "ヒカル", "hikaru"),
    ("楓", "かえで", "カエデ", "kaede"),
    ("奏", "かなで", "カナデ", "kanade"),
    ("翠", "みどり", "ミドリ", "midori"),
    ("昴", "すばる", "スバル", "subaru"),
    ("灯", "あかり", "アカリ", "akari"),
    ("澪", "みお", "ミオ", "mio"),
    ("律", "りつ", "リツ", "ritsu"),
    ("真白", "ましろ", "マシロ", "mashiro"),
    ("伊織", "いおり", "イオリ", "iori"),
    ("千尋", "ちひろ", "チヒロ", "chihiro"),
    ("小春", "こはる", "コハル", "koharu"),
    ("玲", "れい", "レイ", "rei"),
    ("空", "そら", "ソラ", "sora"),
    ("朝陽", "あさひ", "アサヒ", "asahi"),
    ("琴音", "ことね", "コトネ", "kotone"),
    ("柚", "ゆず", "ユズ", "yuzu"),
    ("桜子", "さくらこ", "サクラコ", "sakurako"),
)
# Surnames (often whimsical, persona-style): (kanji, romaji).
FAMILY = (
    ("星野", "hoshino"),
    ("月白", "tsukishiro"),
    ("雨宮", "amamiya"),
    ("朝霧", "asagiri"),
    ("白石", "shiraishi"),
    ("桜井", "sakurai"),
    ("花村", "hanamura"),
    ("水瀬", "minase"),
    ("夜空", "yozora"),
    ("天野", "amano"),
    ("七瀬", "nanase"),
    ("柊", "hiiragi"),
    ("宵宮", "yoimiya"),
    ("霧島", "kirishima"),
    ("春日", "kasuga"),
    ("風早", "kazehaya"),
    ("東雲", "shinonome"),
    ("黒羽", "kurobane"),
)
# Handle words (romaji or plain English), used after the given name: mika_sky, yui_note.
HANDLE_WORDS = (
    "sky",
    "moon",
    "star",
    "note",
    "draws",
    "art",
    "cafe",
    "tea",
    "neko",
    "yume",
    "hoshi",
    "sora",
    "rain",
    "leaf",
    "days",
    "log",
    "pop",
    "mint",
)
# English display names (persona-style, not tied to anyone).
EN_GIVEN = (
    "Mika",
    "Yui",
    "Hina",
    "Aoi",
    "Ren",
    "Rin",
    "Yuki",
    "Sora",
    "Kaede",
    "Mio",
    "Iori",
    "Akari",
    "Juniper",
    "Robin",
    "Skye",
    "Wren",
    "Sage",
    "Rowan",
    "Ellis",
    "Quinn",
    "Avery",
    "Noel",
)
EN_FAMILY = (
    "Hoshino",
    "Amamiya",
    "Minase",
    "Starling",
    "Moonfield",
    "Ashgrove",
    "Rainwood",
    "Brightwater",
    "Everly",
    "Lark",
    "Fairweather",
    "Shinonome",
)

# Interests: (id, ja tag, en tag, ja phrase, en phrase).
INTERESTS = (
    ("illust", "イラスト", "illustration", "イラスト", "drawing"),
    ("games", "ゲーム", "games", "ゲーム", "video games"),
    ("music", "音楽", "music", "音楽", "music"),
    ("anime", "アニメ", "anime", "アニメ", "anime"),
    ("manga", "漫画", "manga", "漫画", "manga"),
    ("cafe", "カフェ巡り", "cafes", "カフェ巡り", "cafe hopping"),
    ("cats", "猫", "cats", "猫", "cats"),
    ("photo", "写真", "photography", "写真", "photography"),
    ("sweets", "甘いもの", "sweets", "甘いもの", "sweets"),
    ("travel", "旅行", "travel", "旅", "travel"),
    ("books", "読書", "books", "読書", "books"),
    ("vtuber", "VTuber", "VTubers", "VTuber", "VTubers"),
    ("cosplay", "コスプレ", "cosplay", "コスプレ", "cosplay"),
    ("knit", "手芸", "crafts", "手芸", "crafting"),
    ("stars", "星空", "stargazing", "星空", "stargazing"),
    ("cooking", "料理", "cooking", "料理", "cooking"),
    ("plants", "植物", "plants", "植物", "houseplants"),
    ("rhythm", "音ゲー", "rhythm games", "音ゲー", "rhythm games"),
)
ROLES = (
    ("絵描き", "artist"),
    ("ゲーマー", "gamer"),
    ("学生", "student"),
    ("会社員", "office worker"),
    ("オタク", "fan"),
    ("物書き", "writer"),
    ("夜型人間", "night owl"),
    ("のんびり屋", "slow-living soul"),
)
ACTIVITIES = (
    ("日常", "daily life"),
    ("落書き", "doodles"),
    ("好きなもの", "favourite things"),
    ("ゲームの記録", "game logs"),
    ("作品", "my work"),
    ("ひとりごと", "random thoughts"),
)
BIO_JA = (
    "{i1}と{i2}が好きな{role}。{act}をのんびり投稿しています。",
    "{role}です。{i1}・{i2}・{i3}が好き。{act}をゆるく更新中。",
    "{i1}大好き{role}。最近は{i2}にはまっています。無言フォロー歓迎です。",
    "{act}と{i1}のアカウント。{i2}の話ができるとうれしいです。",
)
BIO_EN = (
    "{role_cap} who loves {i1} and {i2}. Posting {act} at my own pace.",
    "{role_cap}. Into {i1}, {i2} and {i3}. Slow updates, {act} mostly.",
    "Mostly {i1}, sometimes {i2}. {role_cap} sharing {act}.",
    "{act_cap} and {i1}. Happy to chat about {i2}!",
)

# Handle rules per platform: (regex of the whole handle, min length, max length, source).
# These are not in docs/platforms.md (which covers images only); they come from each platform's help
# pages and are the commonly documented limits (L). The canonical handle satisfies all of them once
# handle_for() has mapped '_' to '-' for the DNS-style ones.
HANDLE_RULES: dict[str, tuple[str, int, int, str]] = {
    "x": (r"[A-Za-z0-9_]+", 4, 15, "X help: 4-15 letters, digits, underscore"),
    "instagram": (r"[a-z0-9._]+", 1, 30, "Instagram help: up to 30 letters, digits, periods, underscores"),
    "threads": (r"[a-z0-9._]+", 1, 30, "same as Instagram"),
    "tiktok": (r"[a-z0-9._]+", 2, 24, "TikTok help: 2-24 letters, digits, underscores, periods"),
    "discord": (r"[a-z0-9_.]+", 2, 32, "Discord usernames: 2-32 lowercase letters, digits, '_' and '.'"),
    "bluesky": (r"[a-z0-9]([a-z0-9-]*[a-z0-9])?", 3, 18, "bsky.social handle label: 3-18, a-z 0-9 '-'"),
    "mastodon": (r"[A-Za-z0-9_]+", 1, 30, "Mastodon username: letters, digits, underscore, <= 30"),
    "misskey": (r"[A-Za-z0-9_]+", 1, 20, "Misskey username: letters, digits, underscore, <= 20"),
    "telegram": (r"[A-Za-z][A-Za-z0-9_]*[A-Za-z0-9]", 5, 32, "Telegram username: 5-32, a-z 0-9 _"),
    "github": (r"[a-z0-9]+(-[a-z0-9]+)*", 1, 39, "GitHub: alphanumerics and single hyphens, <= 39"),
    "youtube": (r"[A-Za-z0-9._-]+", 3, 30, "YouTube handle: 3-30 letters, digits, '_', '-', '.'"),
    "twitch": (r"[A-Za-z0-9_]+", 4, 25, "Twitch: 4-25 letters, digits, underscore"),
    "line": (r"[a-z0-9._-]+", 4, 20, "LINE ID: up to 20 a-z 0-9 . _ -"),
    "slack": (r"[a-z0-9._-]+", 1, 80, "Slack display name: lowercase, no spaces (workspace-dependent)"),
    "facebook": (r"[A-Za-z0-9.]+", 5, 50, "Facebook username: >= 5 letters, digits, periods"),
}
# New platforms (issue 13). pixiv ID: 3-32 a-z 0-9 '_' '-' (pixiv settings page, L); note ID: 3-16 a-z 0-9
# '_' (note help, L); mixi2 ID: a-z 0-9 '_' (seen in the app, no source: L, safest 4-15); Pawoo is a
# Mastodon server (Mastodon's username rule, M); LinkedIn custom URL: 3-100 letters, digits, '-'
# (LinkedIn help "Customize your public profile URL", M). LINE OpenChat and Niconico show a nickname only.
HANDLE_RULES.update(
    {
        "pixiv": (r"[a-z0-9_-]+", 3, 32, "pixiv ID: 3-32 a-z 0-9 '_' '-' (L)"),
        "note": (r"[a-z0-9_]+", 3, 16, "note ID: 3-16 a-z 0-9 '_' (L)"),
        "mixi2": (r"[a-z0-9_]+", 4, 15, "mixi2 ID: a-z 0-9 '_' (no source found; safest 4-15, L)"),
        "pawoo": (r"[A-Za-z0-9_]+", 1, 30, "Pawoo runs Mastodon: letters, digits, underscore, <= 30 (M)"),
        "linkedin": (
            r"[a-z0-9]+(-[a-z0-9]+)*",
            3,
            100,
            "LinkedIn public URL: 3-100 letters, digits, '-' (M)",
        ),
    }
)
# The canonical handle joins its words with '_'; these platforms take another separator instead.
HANDLE_SEPARATOR = {"github": "-", "bluesky": "-", "linkedin": "-", "facebook": "."}

# Bio limits per platform: (characters, source and confidence). Counted in Unicode code points; Bluesky
# counts graphemes (the same for the text we generate). Platforms missing here have no bio field that
# this kit fills (Zoom, Teams) or no limit was found (then nothing is cut and profile.txt says so).
BIO_LIMITS: dict[str, tuple[int, str]] = {
    "x": (160, "X help 'How to customize your profile': bio up to 160 characters (M)"),
    "instagram": (150, "Instagram help 'edit your profile': bio up to 150 characters (M)"),
    "threads": (150, "Threads bio: 150 characters, same as Instagram (L)"),
    "tiktok": (80, "TikTok app: bio up to 80 characters (L)"),
    "telegram": (70, "Telegram app: bio up to 70 characters (140 with Premium) (M)"),
    "bluesky": (256, "atproto lexicon app.bsky.actor.profile: description maxGraphemes 256 (H)"),
    "mastodon": (500, "Mastodon Account::MAX_NOTE_LENGTH / note validator: 500 characters (H)"),
    "pawoo": (500, "Pawoo runs Mastodon: 500 characters unless the server changed it (M)"),
    "misskey": (1500, "Misskey descriptionSchema: max 1500 characters (M)"),
    "discord": (190, "Discord 'About Me': 190 characters (M)"),
    "github": (160, "GitHub profile bio: 160 characters (M)"),
    "youtube": (1000, "YouTube channel description: 1000 characters (M)"),
    "twitch": (300, "Twitch bio: 300 characters (L)"),
    "facebook": (101, "Facebook profile intro: 101 characters (M)"),
    "whatsapp": (139, "WhatsApp 'About': 139 characters (M)"),
    "line": (500, "LINE status message: 500 characters (L)"),
    "linkedin": (220, "LinkedIn headline: 220 characters (the 'About' section allows 2,600) (M)"),
    "note": (140, "note.com profile text: 140 characters shown in the profile (L, no official page found)"),
    "pixiv": (1000, "pixiv profile comment: no official limit found; safest 1000 (L)"),
    "niconico": (1000, "Niconico self-introduction: no official limit found; safest 1000 (L)"),
    "mixi2": (150, "mixi2 profile text: no source found; safest 150 (L)"),
    "line_openchat": (100, "LINE OpenChat profile: nickname only, no bio found; safest 100 (L)"),
    "slack": (250, "Slack profile 'title': 250 characters (L)"),
}

# Hashtags: platforms where tags are clickable hashtags, with the longest tag accepted. A valid tag is
# one run of Unicode letters, digits, '_' (no spaces or punctuation), not all digits.
HASHTAG_RULES: dict[str, tuple[int, str]] = {
    "x": (100, "X: letters, digits and '_', no spaces (M); length kept well under the 280 post limit"),
    "instagram": (100, "Instagram: letters, digits, '_'; no spaces or punctuation (M)"),
    "threads": (50, "Threads topics: one tag per post, no spaces (L)"),
    "tiktok": (100, "TikTok: letters, digits, '_' (L)"),
    "bluesky": (
        64,
        "Bluesky facets: a tag is at most 64 graphemes, no spaces (H, atproto app.bsky.richtext)",
    ),
    "mastodon": (100, "Mastodon Tag::HASHTAG_RE: word characters, '_' and middle dot; no spaces (H)"),
    "pawoo": (100, "Pawoo runs Mastodon (M)"),
    "misskey": (128, "Misskey hashtags: no spaces or punctuation (M)"),
    "youtube": (100, "YouTube: no spaces (M)"),
    "facebook": (100, "Facebook: no spaces or punctuation (M)"),
    "pixiv": (100, "pixiv tags: no spaces (L)"),
    "note": (100, "note hashtags: no spaces (L)"),
    "linkedin": (100, "LinkedIn: no spaces or punctuation (M)"),
    "niconico": (100, "Niconico tags: no spaces (L)"),
    "mixi2": (100, "mixi2: no spaces (L)"),
    "telegram": (64, "Telegram: letters, digits, '_' (M)"),
}
_HASHTAG = re.compile(r"[^\W]+")
_CANONICAL = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)?$")
HANDLE_MIN, HANDLE_MAX = 5, 15


def handle_for(platform: str, handle: str) -> str:
    """The canonical handle as this platform writes it ('_' becomes the platform's own separator)."""
    sep = HANDLE_SEPARATOR.get(platform)
    return handle.replace("_", sep) if sep else handle


def persona_handle(platform: str, persona: Persona) -> str:
    """The handle this persona uses on ``platform``: the user's own for it, else the canonical one in
    the platform's form."""
    return persona.handle_on(platform) or handle_for(platform, persona.handle)


def handle_valid(platform: str, handle: str) -> bool:
    rule = HANDLE_RULES.get(platform)
    if rule is None:
        return True
    pattern, lo, hi, _ = rule
    return lo <= len(handle) <= hi and re.fullmatch(pattern, handle) is not None


def hashtag(tag: str) -> str:
    """A tag as one hashtag word: spaces and punctuation go, words join in CamelCase for ASCII tags
    ("rhythm games" -> "RhythmGames", which screen readers read as two words)."""
    words = re.findall(r"[^\W_]+|_", tag)
    if len(words) > 1 and tag.isascii():
        return "".join(w[:1].upper() + w[1:] for w in words if w != "_")
    return "".join(words)


def hashtag_valid(platform: str, tag: str) -> bool:
    rule = HASHTAG_RULES.get(platform)
    limit = rule[0] if rule else 100
    return bool(tag) and len(tag) <= limit and _HASHTAG.fullmatch(tag) is not None and not tag.isdigit()


def bio_limit(platform: str) -> tuple[int, str] | None:
    return BIO_LIMITS.get(platform)


def shorten_bio(bio: str, limit: int) -> str:
    """``bio`` cut to ``limit`` characters at the last sentence end (or word) that fits, with '…'."""
    if len(bio) <= limit:
        return bio
    room = bio[: limit - 1]
    ends = [room.rfind(c) for c in "。！？.!?"]
    end = max(ends)
    if end >= limit // 3:
        return room[: end + 1]
    space = room.rfind(" ")
    if space >= limit // 2:
        room = room[:space]
    return room.rstrip(" 、,・") + "…"


@dataclass(frozen=True)
class Theme:
    """Colours for cards, banners and pattern backgrounds, all derived from the design."""

    primary: str  # the persona theme colour
    accent: str  # a second design colour with a different hue
    paper: str  # light background tint of primary
    soft: str  # mid tint of primary (pattern marks)
    deep: str  # dark shade of primary (titles)
    ink: str  # body text colour (dark, readable on paper)


def _mix(a: str, b: str, t: float) -> str:
    ra, rb = parse_hex(a), parse_hex(b)
    red, green, blue = (x + (y - x) * t for x, y in zip(ra, rb, strict=True))
    return to_hex((red, green, blue))


def _candidate_colours(pack: Pack | None, design: Design) -> list[tuple[str, str]]:
    colours = effective_colours(pack, design) if pack is not None else dict(design.colours)
    order = ("hair", "clothes_accent", "eye_left", "accessory", "clothes", "background_accent", "background")
    out = [(slot, colours[slot]) for slot in order if slot in colours]
    out += [(slot, colours[slot]) for slot in sorted(colours) if slot not in order and slot != "skin"]
    return out


def derive_theme(pack: Pack | None, design: Design, seed: str) -> str:
    """A theme colour picked from the design's own colours, favouring vivid mid tones."""
    options = []
    for slot, value in _candidate_colours(pack, design):
        _, light, sat = hls(value)
        weight = 0.05 + sat * (1.0 - abs(light - 0.5) * 1.6)
        options.append((slot, max(0.01, weight)))
    picked = pick(seed, "persona:theme", options)
    if picked is None:  # no colour to pick from
        return Persona().theme
    base = dict(_candidate_colours(pack, design))[picked]
    h, light, sat = hls(base)
    # Keep the hue; pull the lightness into a range that reads as a UI colour on white and on dark.
    import colorsys

    light = min(0.62, max(0.38, light))
    sat = max(0.35, sat)
    r, g, b = colorsys.hls_to_rgb(h, light, sat)
    return to_hex((r * 255, g * 255, b * 255))


def theme_palette(pack: Pack | None, design: Design, theme: str | None = None) -> Theme:
    primary = (theme or design.persona.theme or Persona().theme).lower()
    ph = hls(primary)[0]
    accent = None
    best = -1.0
    for _, value in _candidate_colours(pack, design):
        h, light, sat = hls(value)
        d = abs(h - ph)
        d = min(d, 1 - d)
        score = d * sat * (1.0 - abs(light - 0.5))
        if score > best:
            best, accent = score, value
    if accent is None or best < 0.02:
        import colorsys

        h, light, sat = hls(primary)
        r, g, b = colorsys.hls_to_rgb((h + 0.45) % 1.0, 0.6, max(0.4, sat))
        accent = to_hex((r * 255, g * 255, b * 255))
    return Theme(
        primary=primary,
        accent=accent.lower(),
        paper=_mix(primary, "#ffffff", 0.9),
        soft=_mix(primary, "#ffffff", 0.7),
        deep=_mix(primary, "#000000", 0.45),
        ink=_mix(primary, "#1a1a1f", 0.85),
    )


def _interests(seed: str, n: int) -> list[tuple[str, str, str, str, str]]:
    ranked = sorted(INTERESTS, key=lambda it: unit(seed, f"persona:interest:{it[0]}"))
    return ranked[:n]


def _handle(seed: str, romaji: str, family: str) -> str:
    style = pick(
        seed, "persona:handle_style", [("word", 3), ("family", 2), ("digits", 2), ("plain_digits", 1)]
    )
    digits = f"{int(unit(seed, 'persona:handle_digits') * 100):02d}"
    word = pick(seed, "persona:handle_word", [(w, 1) for w in HANDLE_WORDS])
    if style == "family":
        handle = f"{romaji}_{family}"
    elif style == "word":
        handle = f"{romaji}_{word}"
    elif style == "digits":
        handle = f"{romaji}_{word}{digits}"
    else:
        handle = f"{romaji}{digits}"
    if len(handle) > HANDLE_MAX:
        handle = f"{romaji}_{word}"
    if len(handle) > HANDLE_MAX:
        handle = romaji[:HANDLE_MAX]
    while len(handle) < HANDLE_MIN:
        handle += digits[len(handle) % 2]
    return handle


def generate_persona(
    design: Design,
    pack: Pack | None = None,
    *,
    seed: str | None = None,
    language: str | None = None,
    keep: Iterable[str] = (),
) -> Persona:
    """A persona for ``design``. ``keep`` names fields of ``design.persona`` to lock (not regenerate).

    ``seed`` defaults to the design's seed; change it to re-roll the unlocked fields.
    """
    seed = str(design.seed if seed is None else seed)
    keep = set(keep)
    unknown = keep - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown persona field(s): {', '.join(sorted(unknown))}")
    old = design.persona
    if "language" in keep:
        language = old.language
    if language is None:
        language = pick(seed, "persona:language", [("ja", 7), ("en", 3)])
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")

    given = GIVEN[int(unit(seed, "persona:name") * len(GIVEN))]
    family = FAMILY[int(unit(seed, "persona:family") * len(FAMILY))]
    if language == "ja":
        style = pick(
            seed,
            "persona:name_style",
            [("kanji_full", 2), ("family_kana", 3), ("hiragana", 2), ("katakana", 2), ("kanji", 1)],
        )
        display = {
            "kanji_full": f"{family[0]}{given[0]}",
            "family_kana": f"{family[0]}{given[1]}",
            "hiragana": given[1],
            "katakana": given[2],
            "kanji": given[0],
        }[style or "kanji_full"]  # pick() is None only for options without weight
        romaji = given[3]
    else:
        first = EN_GIVEN[int(unit(seed, "persona:name") * len(EN_GIVEN))]
        last = EN_FAMILY[int(unit(seed, "persona:family") * len(EN_FAMILY))]
        style = pick(seed, "persona:name_style", [("full", 3), ("first", 2)])
        display = f"{first} {last}" if style == "full" else first
        romaji = first.lower()
        family = (last, last.lower())
    handle = _handle(seed, romaji, family[1])

    picks = _interests(seed, 3)
    role = ROLES[int(unit(seed, "persona:role") * len(ROLES))]
    act = ACTIVITIES[int(unit(seed, "persona:activity") * len(ACTIVITIES))]
    if language == "ja":
        template = BIO_JA[int(unit(seed, "persona:bio") * len(BIO_JA))]
        bio = template.format(i1=picks[0][3], i2=picks[1][3], i3=picks[2][3], role=role[0], act=act[0])
        tags = tuple(p[1] for p in picks)
    else:
        template = BIO_EN[int(unit(seed, "persona:bio") * len(BIO_EN))]
        bio = template.format(
            i1=picks[0][4],
            i2=picks[1][4],
            i3=picks[2][4],
            role_cap=role[1][0].upper() + role[1][1:],
            act=act[1],
            act_cap=act[1][0].upper() + act[1][1:],
        )
        tags = tuple(p[2] for p in picks)

    new = Persona(
        display_name=display,
        handle=handle,
        bio=bio,
        tags=tags,
        theme=derive_theme(pack, design, seed),
        language=language,
    )
    return replace(new, **{f: getattr(old, f) for f in keep})


def with_persona(design: Design, pack: Pack | None = None, **kwargs: Any) -> Design:
    """The design with a generated persona (see generate_persona for the arguments)."""
    return replace(design, persona=generate_persona(design, pack, **kwargs))


def all_display_names(language: str) -> list[str]:
    """Every display name the generator can produce (tests use the longest for fit checks)."""
    if language == "ja":
        names: set[str] = set()
        for g in GIVEN:
            names.update(g[:3])
            for f in FAMILY:
                names.add(f[0] + g[0])
                names.add(f[0] + g[1])
        return sorted(names)
    return sorted({f"{a} {b}" for a in EN_GIVEN for b in EN_FAMILY} | set(EN_GIVEN))


def canonical_handle_ok(handle: str) -> bool:
    return HANDLE_MIN <= len(handle) <= HANDLE_MAX and bool(_CANONICAL.match(handle))


def _is_set(persona: Persona, field_name: str) -> bool:
    value = getattr(persona, field_name)
    if field_name == "theme":
        return bool(value != Persona().theme)  # the default theme is "not chosen yet"
    if field_name == "language":
        return any(_is_set(persona, f) for f in ("display_name", "handle", "bio", "tags"))
    return bool(value)


def fill_persona(
    design: Design, pack: Pack | None = None, language: str | None = None
) -> tuple[Design, tuple[str, ...]]:
    """The design with only its EMPTY persona fields generated, and the names of the fields that were.

    What the user typed is never replaced: a user who gave the name "Kaede" and a bio keeps both and
    gets a generated handle, tags and theme. A handle is made from a typed ASCII name when it can be
    (``kaede_moon``), so it fits the persona.
    """
    old = design.persona
    keep = {f for f in FIELDS if _is_set(old, f)}
    if language is not None and "language" not in keep:
        keep.add("language")
        old = replace(old, language=language)
        design = replace(design, persona=old)
    generated = tuple(f for f in FIELDS if f not in keep and f != "language")
    if not generated:
        return design, ()
    new = generate_persona(design, pack, keep=keep)
    if "handle" in generated and "display_name" in keep:
        stem = (
            re.sub(r"[^a-z0-9]", "", old.display_name.split()[0].lower()) if old.display_name.split() else ""
        )
        if stem and stem.isascii() and stem[0].isalpha():
            new = replace(new, handle=_handle(str(design.seed), stem[:10], "days"))
    return replace(design, persona=new), generated
