"""profile.txt: the persona's text as one platform takes it, checked against that platform's rules.

Handles are written in the platform's own form (``handle_for``), tags as valid hashtags, the bio
checked against the platform's limit (with the source of the number). The user's bio is never cut
silently: over the limit it is kept and flagged, or, only when the user asked (``shorten_bio``), a
shortened copy is written and marked as such. A bio the app generated is its own text and is cut to
fit (and marked). Fields the app generated are named.
"""

from __future__ import annotations

from .design import Design
from .persona import (
    BIO_LIMITS,
    HANDLE_RULES,
    HASHTAG_RULES,
    bio_limit,
    handle_valid,
    hashtag,
    hashtag_valid,
    persona_handle,
    shorten_bio,
)
from .presets import Platform


def bio_for(platform_id: str, bio: str, shorten: bool = False) -> tuple[str, str | None]:
    """(the bio to use on this platform, a warning or None)."""
    limit = bio_limit(platform_id)
    if limit is None or len(bio) <= limit[0]:
        return bio, None
    if shorten:
        short = shorten_bio(bio, limit[0])
        return short, f"{platform_id}: bio shortened from {len(bio)} to {len(short)} characters ({limit[1]})"
    return bio, (
        f"{platform_id}: bio is {len(bio)} characters, the limit is {limit[0]} ({limit[1]}); "
        "shorten it, or pass --shorten-bio to let avatarstudio cut it at a sentence end"
    )


def notes(
    platform_id: str, design: Design, shorten: bool = False, generated: tuple[str, ...] = ()
) -> list[str]:
    """Warnings the user should see for this platform's profile text (a generated bio is cut quietly)."""
    out = []
    _, warning = bio_for(platform_id, design.persona.bio, shorten or "bio" in generated)
    if warning and "bio" not in generated:
        out.append(warning)
    handle = persona_handle(platform_id, design.persona)
    if platform_id in HANDLE_RULES and handle and not handle_valid(platform_id, handle):
        out.append(f"{platform_id}: handle @{handle} is not valid there ({HANDLE_RULES[platform_id][3]})")
    return out


def profile_text(
    platform: Platform, design: Design, generated: tuple[str, ...] = (), shorten: bool = False
) -> str:
    p = design.persona
    pid = platform.id
    handle = persona_handle(pid, p)
    lines = [
        f"# {platform.name} profile (made-up persona, no real data)",
        f"display_name: {p.display_name}",
        f"handle: @{handle}",
    ]
    if pid in HANDLE_RULES:
        ok = handle_valid(pid, handle)
        lines.append(f"handle_check: {'ok' if ok else 'NOT VALID'} ({HANDLE_RULES[pid][3]})")
    ours = "bio" in generated  # a generated bio is the app's own words: cut it to fit without asking
    bio, warning = bio_for(pid, p.bio, shorten or ours)
    lines.append(f"bio: {bio}")
    if pid in BIO_LIMITS:
        limit, source = BIO_LIMITS[pid]
        if warning and bio != p.bio:
            why = "the generated bio" if ours else "with your consent"
            lines.append(f"bio_check: SHORTENED ({why}) to {len(bio)}/{limit} characters ({source})")
        elif warning:
            lines.append(f"bio_check: TOO LONG, {len(bio)}/{limit} characters ({source})")
        else:
            lines.append(f"bio_check: ok, {len(bio)}/{limit} characters ({source})")
    else:
        lines.append("bio_check: no limit known for this platform")
    tags = [hashtag(t) or t for t in p.tags]  # a tag with no word characters (an emoji) is kept, flagged
    lines.append("tags: " + " ".join(f"#{t}" for t in tags))
    if pid in HASHTAG_RULES:
        bad = [t for t in tags if not hashtag_valid(pid, t)]
        lines.append(
            "tags_check: "
            + ("ok" if not bad else "NOT VALID: " + ", ".join(bad))
            + f" ({HASHTAG_RULES[pid][1]})"
        )
    lines += [f"theme: {p.theme}", f"language: {p.language}"]
    if generated:
        lines.append(
            "generated: " + ", ".join(generated) + " (made up by avatarstudio; everything else is yours)"
        )
    return "\n".join(lines) + "\n"
