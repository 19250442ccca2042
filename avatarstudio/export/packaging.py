"""How each platform wants a sticker or emoji set delivered, driven by preset keys (no platform branches).

Preset keys read here (all optional, on a ``stickers``/``emoji`` target):

- ``counts = [8, 16, 24, 32, 40]``: the only sticker counts allowed; or ``count_range = [lo, hi]`` per
  pack with ``pack_max`` stickers per pack and up to ``packs_max`` packs (folders ``stickers``,
  ``stickers-2`` ...).
- ``manifests = [...]``: metadata files from :data:`MANIFESTS` (WhatsApp ``contents.json``, Telegram
  emoji per sticker, Discord names/tags/descriptions, LINE submission text).
- ``archive = "mastodon" | "misskey"``: an emoji import archive (tootctl tar.gz; Misskey zip + meta.json).

Archives are byte-deterministic (fixed dates, order, permissions) and carry no host or user names.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import tarfile
import unicodedata
from collections.abc import Callable

from ..core.design import Design
from ..core.errors import ExportError
from ..core.presets import Target

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
EPOCH_ISO = "1980-01-01T00:00:00.000Z"  # fixed, so the same design gives the same archive


# --- counts -------------------------------------------------------------------------------------------
def allowed_counts(target: Target, available: int) -> list[int]:
    """Every sticker count this target accepts (and the figure table can fill)."""
    if "counts" in target.extra:
        return [int(c) for c in target.extra["counts"] if int(c) <= available]
    lo, hi = (int(v) for v in target.extra.get("count_range", (1, available)))
    packs = int(target.extra.get("packs_max", 1))
    return list(range(lo, min(available, hi * packs) + 1))


def describe(counts: list[int]) -> str:
    if not counts:
        return "none"
    if counts == list(range(counts[0], counts[-1] + 1)) and len(counts) > 5:
        return f"{counts[0]}-{counts[-1]}"
    return ", ".join(str(c) for c in counts[:-1]) + (" or " if len(counts) > 1 else "") + str(counts[-1])


def sticker_count(target: Target, requested: int | None, available: int) -> int:
    """The count to make for ``target``: the request if the platform allows it, else a clear error."""
    counts = allowed_counts(target, available)
    platform = target.platform
    if requested is None:
        wanted = int(target.extra.get("count", counts[0] if counts else 0))
        return wanted if wanted in counts else (counts[0] if counts else 0)
    if requested not in counts:
        what = f"{platform} {target.id.replace('_', ' ')}"  # "line stickers", "line animated stickers"
        raise ExportError(
            f"{what}: {requested} is not a count {platform} accepts; allowed: {describe(counts)}"
            + (f" (the figure table has {available} intents)" if "counts" not in target.extra else ""),
            file=f"--stickers {requested}",
        )
    return requested


def validate_counts(targets: list[Target], requested: int | None, available: int) -> None:
    """Refuse an impossible ``--stickers`` before anything is rendered, naming every set that cannot take
    it (``targets``: the sets the kit builds)."""
    problems, animated = [], False
    for target in targets:
        try:
            sticker_count(target, requested, available)
        except ExportError as exc:
            problems.append(exc.problem)
            animated = animated or target.kind == "animated_stickers"
    if problems:
        hint = " (with --animated, --stickers sizes the animated sets too)" if animated else ""
        raise ExportError("; ".join(problems) + hint, file=f"--stickers {requested}")


def pack_split(target: Target, count: int) -> list[tuple[str, int, int]]:
    """(folder, start, end) per pack: even packs of at most ``pack_max`` stickers."""
    per = int(target.extra.get("pack_max", count or 1))
    folder = str(target.extra.get("folder", "stickers"))
    packs = max(1, -(-count // per))
    bounds = [round(i * count / packs) for i in range(packs + 1)]
    return [(folder if i == 0 else f"{folder}-{i + 1}", bounds[i], bounds[i + 1]) for i in range(packs)]


def emoji_count_range(target: Target) -> tuple[int, int]:
    lo, hi = target.extra.get("count_range", (1, 200))
    return int(lo), int(hi)


# --- text limits ----------------------------------------------------------------------------------------
def line_length(text: str) -> int:
    """LINE counts Asian (wide) characters and some symbols as 2."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _first_fitting(options: list[str], limit: int, measure: Callable[[str], int], what: str) -> str:
    for text in options:
        if measure(text) <= limit:
            return text
    raise ExportError(f"{what} cannot be written within {limit} characters: {options[-1]!r}", file=what)


# --- manifests ------------------------------------------------------------------------------------------
def _emojis(intent, limit: int) -> list[str]:
    return [e for e in intent.emoji.split()][:limit] or ["🙂"]


def whatsapp_contents(target, design, packs, caption, files) -> dict[str, bytes]:
    """WhatsApp's ``contents.json`` (the sticker-app format): one pack per folder, emoji per sticker."""
    persona = design.persona
    name = (persona.display_name or "Persona")[:100]
    out = []
    for folder, stickers in packs:
        digest = hashlib.sha256(
            "".join(f"{n}:{len(b)}:{hashlib.sha256(b).hexdigest()}" for n, b, _ in stickers).encode()
        )
        out.append(
            {
                "identifier": folder,
                "name": f"{name} {folder.rsplit('-', 1)[-1]}" if "-" in folder else name,
                "publisher": name,
                "tray_image_file": "tray.png",
                "image_data_version": digest.hexdigest()[:12],
                "avoid_cache": False,
                "animated_sticker_pack": bool(target.extra.get("animated", False)),
                "publisher_email": "",
                "publisher_website": "",
                "privacy_policy_website": "",
                "license_agreement_website": "",
                "stickers": [
                    {"image_file": n, "emojis": _emojis(it, 3), "accessibility_text": caption(it)[:125]}
                    for n, _, it in stickers
                ],
            }
        )
    name = str(target.extra.get("contents", "contents.json"))
    doc: dict = {"android_play_store_link": "", "ios_app_store_link": "", "sticker_packs": []}
    if name in files:
        doc = json.loads(files[name].decode("utf-8"))
    doc["sticker_packs"] += out
    return {name: (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")}


def telegram_emoji(target, design, packs, caption, files) -> dict[str, bytes]:
    """Emoji (1-20) and search keywords per sticker, as the Bot API's InputSticker wants them."""
    rows = []
    for folder, stickers in packs:
        for n, _, it in stickers:
            rows.append(
                {
                    "sticker": f"{folder}/{n}",
                    "emoji_list": _emojis(it, 20),
                    "keywords": [it.id.replace("_", " "), caption(it)][:20],
                }
            )
    folder = packs[0][0] if packs else "stickers"
    return {
        f"{folder}/stickers.json": (json.dumps(rows, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    }


def discord_stickers(target, design, packs, caption, files) -> dict[str, bytes]:
    """Discord sticker name (2-30), description (2-100) and tags (a related emoji name, <= 200)."""
    rows = []
    for folder, stickers in packs:
        for n, _, it in stickers:
            desc = f"{caption(it)} ({it.id.replace('_', ' ')})"
            rows.append(
                {
                    "file": f"{folder}/{n}",
                    "name": it.id.replace("_", " ")[:30].ljust(2, "_"),
                    "description": desc if len(desc) <= 100 else desc[:100],
                    "tags": unicodedata.name(it.emoji[0], it.id).lower().replace(" ", "_")[:200]
                    if it.emoji
                    else it.id,
                }
            )
    folder = packs[0][0] if packs else "stickers"
    return {
        f"{folder}/stickers.json": (json.dumps(rows, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    }


LINE_LIMITS = {"creator": 50, "title": 40, "description": 160, "copyright": 50}


def line_text(target, design, packs, caption, files) -> dict[str, bytes]:
    """LINE Creators Market submission text, ja and en, within LINE's limits (wide characters count 2)."""
    p = design.persona
    name = p.display_name or "Persona"
    lines = ["# LINE Creators Market submission text (limits: wide characters count as 2)"]
    fields = {
        "ja": {
            "title": [f"{name}のスタンプ", f"{name}", "オリジナルスタンプ"],
            "description": [
                f"{name}の毎日使える会話スタンプ。ありがとう、OK、ごめんね、おやすみなど。",
                "毎日使える会話スタンプ。",
            ],
            "creator": [name, "creator"],
            "copyright": [f"© {name}", "©"],
        },
        "en": {
            "title": [f"{name} stickers", f"{name}", "Everyday stickers"],
            "description": [
                f"Everyday chat stickers of {name}: thanks, OK, sorry, good night and more.",
                "Everyday chat stickers.",
            ],
            "creator": [name, "creator"],
            "copyright": [f"© {name}", "©"],
        },
    }
    for lang, table in fields.items():
        lines.append(f"[{lang}]")
        for key, options in table.items():
            text = _first_fitting(options, LINE_LIMITS[key], line_length, f"LINE {key} ({lang})")
            lines.append(f"{key}: {text}")
    name = str(target.extra.get("text_file", "line-submission.txt"))
    return {name: ("\n".join(lines) + "\n").encode("utf-8")}


def line_main_emoji(target, design, packs, caption, files) -> dict[str, bytes]:
    """LINE asks the creator of animated emoji to choose ``main_emoji`` (4) of them as the set's main
    images: the first ones in conversational order, appended to the submission text as a ja and an en line.
    """
    count = int(target.extra.get("main_emoji", 4))
    members = [name for _, pack in packs for name, _, _ in pack]
    if len(members) < count:
        raise ExportError(f"LINE needs {count} main emoji, the set has {len(members)}", file=target.name)
    numbers = " ".join(name.rsplit(".", 1)[0] for name in members[:count])
    name = str(target.extra.get("text_file", "line-submission.txt"))
    text = files.get(name, b"").decode("utf-8")
    text += f"[main emoji: {target.label}]\nja: メイン画像 {numbers}\nen: main images {numbers}\n"
    return {name: text.encode("utf-8")}


MANIFESTS = {
    "whatsapp_contents": whatsapp_contents,
    "telegram_emoji": telegram_emoji,
    "discord_stickers": discord_stickers,
    "line_text": line_text,
    "line_main_emoji": line_main_emoji,
}


def sticker_manifests(target: Target, design: Design, packs, caption, files=None) -> dict[str, bytes]:
    """``packs``: [(folder, [(file name, bytes, intent)])]; ``files``: the kit so far (manifests that
    several targets share, such as WhatsApp's contents.json, extend what is there)."""
    out: dict[str, bytes] = {}
    for key in target.extra.get("manifests", []):
        if key not in MANIFESTS:
            raise ExportError(f"unknown manifest {key!r}; known: {', '.join(MANIFESTS)}", file=target.name)
        out.update(MANIFESTS[key](target, design, packs, caption, files or {}))
    return out


# --- emoji archives -------------------------------------------------------------------------------------
def mastodon_archive(emoji: list[tuple[str, bytes, object]]) -> bytes:
    """``tootctl emoji import`` archive: a tar.gz whose file names are the shortcodes."""
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data, _ in emoji:
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            tar.addfile(info, io.BytesIO(data))
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, filename="") as gz:
        gz.write(raw.getvalue())
    return out.getvalue()


def misskey_archive(emoji: list[tuple[str, bytes, object]], category: str) -> bytes:
    """Misskey's custom-emoji import zip: the images and a ``meta.json`` (metaVersion 2)."""
    from .kit import make_zip

    meta = {
        "metaVersion": 2,
        "host": "localhost",
        "exportedAt": EPOCH_ISO,
        "emojis": [
            {
                "downloaded": True,
                "fileName": name,
                "emoji": {
                    "name": name.rsplit(".", 1)[0],
                    "category": category,
                    "aliases": [a for a in (getattr(it, "id", ""), getattr(it, "emoji", "")) if a],
                },
            }
            for name, _, it in emoji
        ],
    }
    members = [("meta.json", (json.dumps(meta, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))]
    return make_zip(members + [(n, d) for n, d, _ in emoji])


ARCHIVES = {  # preset ``archive`` -> (file name, writer)
    "mastodon": ("emoji-import.tar.gz", lambda emoji, category: mastodon_archive(emoji)),
    "misskey": ("emoji-import.zip", misskey_archive),
}


def emoji_archive(kind: str, emoji: list[tuple[str, bytes, object]], category: str) -> dict[str, bytes]:
    """``emoji``: [(file name, bytes, intent)] in order."""
    if kind not in ARCHIVES:
        raise ExportError(f"unknown emoji archive {kind!r}; known: {', '.join(ARCHIVES)}")
    name, write = ARCHIVES[kind]
    return {name: write(emoji, category)}
